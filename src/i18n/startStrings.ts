/**
 * What the page says when the app cannot start or stops working: in the
 * app's strings (src/i18n/strings.ts), and in the page's first script
 * (src/firstPaint/boot.ts), which says it when the app's own module cannot
 * be loaded, so it takes these alone rather than the whole table.
 */
export const START_STRINGS = {
  appFailed: {
    ja: '地図を表示できなくなりました。再読み込みすると同じ表示で開きます。',
    en: 'The map stopped working. Reload to reopen this same view.',
    zh: '地图无法继续显示。重新加载即可打开同一视图。',
  },
  reloadView: { ja: '再読み込み（この表示のまま）', en: 'Reload (this view stays)', zh: '重新加载（保留当前视图）' },
} as const;
