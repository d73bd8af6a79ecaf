import { htmlLang } from '../i18n/strings';
import { langRuns } from '../i18n/runs';

/** A text whose quoted runs in another language (`[[ja:…]]`) are spans with their own `lang`. */
export function LangText({ text }: { text: string }) {
  return (
    <>
      {langRuns(text).map((run, i) =>
        run.lang ? (
          <span key={i} lang={htmlLang(run.lang)}>
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}
    </>
  );
}
