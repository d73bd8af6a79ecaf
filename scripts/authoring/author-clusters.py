"""Authoring record for data/clusters.json.

The cluster dataset is curated by hand: the role of each target, the quotes,
the translations and the notes are editorial decisions written down here, in
one place, next to the seed cells they rest on. Run it from the repo root
(`python3 scripts/authoring/author-clusters.py`) after editing; the vitest
suite then checks the result against the seed independently.
"""
import json, os, re
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
SEED = os.environ.get('SEED_FILE', os.path.join(ROOT, '..', 'shared', 'seed', '000_de94686f712fa604.txt'))
seed_lines = open(SEED, encoding='utf-8').read().split('\n')
rows = [l.split('\t') for l in seed_lines if l.count('\t') == 3][1:]  # skip header
assert len(rows) == 20, len(rows)
cities = json.load(open(os.path.join(ROOT, 'data', 'cities.json')))
regions = json.load(open(os.path.join(ROOT, 'data', 'regions.json')))['regions']
code = {c['name']['en']: c['adcode'] for c in cities}
term_region = {t: r for r in regions for t in r['terms']}

def fix_spaces(s):
    # a space is kept only between two ASCII letters/digits (none occur in these cells)
    return re.sub(r'(?<![A-Za-z0-9]) | (?![A-Za-z0-9])', '', s)

def J(s):
    """A run of the Japanese source quoted in Chinese or English text: the UI gives it lang="ja"."""
    return f'[[ja:{s}]]'

def Z(s):
    """A run of Chinese (the policy's names and numbers) quoted in Japanese or English text: lang="zh-Hans"."""
    return f'[[zh:{s}]]'

def ja_prose(s):
    """Japanese prose takes full-width （）： and ～ (docs/glossary.md); quotes in 「」 keep the source's own characters."""
    parts = re.split(r'(「[^」]*」|\[\[[a-z]{2}:[^\]]*\]\])', s)
    table = str.maketrans({'(': '（', ')': '）', ':': '：', '~': '～'})
    return ''.join(p if p.startswith(('「', '[[')) else p.translate(table) for p in parts)

def N(kind, en, ja, zh):
    """One note on a repair or an interpretation, in the three UI languages."""
    assert kind in NOTE_KINDS, kind
    return {'kind': kind, 'en': en, 'ja': ja_prose(ja), 'zh': zh}

NOTE_KINDS = ('repair', 'interpretation', 'naming', 'missing', 'footnote')

# focus_zh / areas_zh: Simplified Chinese renderings of the JETRO Japanese text
# (not the policy's original wording), made by translating the repaired
# Japanese sentence by sentence and using the policy's own terms where they are
# known: the official cluster names, 珠三角, 粤东/粤西/粤北, 珠江东岸, 智能终端, 电子信息产业带,
# city names in their Chinese form. Nothing is added that the Japanese does not say.
# Words of one language inside another's text are marked J(…) / Z(…) (see J).
SPEC = [
 # id, tier, ja, zh, en, focus_en, focus_zh, areas_en, areas_zh, targets, notes
 dict(id='electronic-information', tier='pillar', ja=None, zh='新一代电子信息', en='New-generation electronic information',
  focus_en='Communications equipment, networks, mobile phones and smart terminals, high-end semiconductor devices, IoT sensors, and innovation and applications of next-generation information technology.',
  focus_zh='通信设备、网络、手机与智能终端、高端半导体器件、物联网传感器，以及新一代信息技术的创新与应用等。',
  areas_en='Strengthen the electronic information industry belt on the east bank of the Pearl River, and promote industrial transfer from the Pearl River Delta to the east, west and north of the province.',
  areas_zh='强化珠江东岸电子信息产业带，推动产业从珠三角地区向粤东、粤西、粤北转移。',
  targets=[('珠江東側の電子産業圏を強化し','regional','hub','珠江東側'),
           ('珠江デルタ地域から省東部、西部、北部への産業移転を推進する','regional','general','珠江デルタ'),
           ('珠江デルタ地域から省東部、西部、北部への産業移転を推進する','regional','transfer','省東部'),
           ('珠江デルタ地域から省東部、西部、北部への産業移転を推進する','regional','transfer','西部'),
           ('珠江デルタ地域から省東部、西部、北部への産業移転を推進する','regional','transfer','北部')],
  notes=[N('interpretation',
           'Interpretation: the Pearl River Delta is named as the origin of the industrial transfer; its nine cities are kept as regional targets with the role "general" (the cluster is based there), and the east, west and north of the province are the transfer destinations ("transfer").',
           '解釈:珠江デルタは産業移転の出発地として挙げられている。その9市は地域名による対象(役割「対象地域」、クラスターの拠点)とし、省東部・西部・北部を産業移転先(役割「産業移転先」)とした。',
           '解读：珠三角是产业转移的起点，其9市作为经区域名称的布局城市（定位“布局地区”，即集群所在地）；粤东、粤西、粤北为产业转移承接地（定位“产业转移承接地”）。'),
         N('interpretation',
           f'Interpretation: {J("珠江東側")} (the east bank of the Pearl River) resolves to Shenzhen, Dongguan and Huizhou; these are the "hub" of the electronic information industry belt.',
           '解釈:「珠江東側」は深セン市・東莞市・恵州市を指し、電子産業圏の「中核・拠点」とした。',
           f'解读：“{J("珠江東側")}”（珠江东岸）指深圳市、东莞市、惠州市，定为电子信息产业带的“核心”。'),
         N('naming',
           f'Display name: the source table says {J("電子情報")} (electronic information); the policy\'s name is {Z("新一代电子信息")} (new-generation electronic information). The Japanese name follows the source table.',
           f'表示名:出典の表では「電子情報」、政策文書の名称は「{Z("新一代电子信息")}」(次世代電子情報)。日本語名は出典の表に従う。',
           f'显示名称：原表作“{J("電子情報")}”（电子信息），政策文件名称为“新一代电子信息”。日文名称沿用原表。')]),
 dict(id='green-petrochemicals', tier='pillar', ja=None, zh='绿色石化', en='Green petrochemicals',
  focus_en='Expand refining capacity, extend the industrial chain, and raise the share of high-end fine chemical products such as organic feedstocks and electronic chemicals, and of new chemical materials such as high-performance synthetic materials and degradable materials.',
  focus_zh='扩大炼油规模，延伸产业链，提高有机原料、电子化学品等高端精细化工产品以及高性能合成材料、可降解材料等化工新材料的比重。',
  areas_en='The coastal area centred on Zhanjiang, Maoming, Guangzhou, Huizhou and Jieyang.',
  areas_zh='以湛江市、茂名市、广州市、惠州市、揭阳市为中心的沿海地区。',
  targets=[('湛江市、茂名市、広州市、恵州市、掲陽市を中心とする','named','hub',['Zhanjiang','Maoming','Guangzhou','Huizhou','Jieyang'])],
  notes=[N('interpretation',
           f'Interpretation: the cell names five cities as the centre of the coastal area; the named cities are the targets and the term {J("沿海")} adds no further cities.',
           '解釈:この欄は5市を沿海エリアの中心として挙げている。対象は挙げられた5市とし、「沿海」という語から他の市は加えない。',
           f'解读：该栏列出5市作为沿海地区的中心；布局城市即这5市，“{J("沿海")}”一词不再增加其他城市。'),
         N('naming',
           f'Display name: the source table says {J("石油化学")} (petrochemicals); the policy\'s name is {Z("绿色石化")} (green petrochemicals). The Japanese name follows the source table.',
           f'表示名:出典の表では「石油化学」、政策文書の名称は「{Z("绿色石化")}」(グリーン石油化学)。日本語名は出典の表に従う。',
           f'显示名称：原表作“{J("石油化学")}”（石油化工），政策文件名称为“绿色石化”。日文名称沿用原表。')]),
 dict(id='smart-home-appliances', tier='pillar', ja=None, zh='智能家电', en='Smart home appliances',
  focus_en='Keep a world-leading position in appliances such as air conditioners, refrigerators, electric rice cookers and microwave ovens, and strengthen competitive industries such as televisions and lighting. Make traditional appliances digital and smart.',
  focus_zh='保持空调、冰箱、电饭煲、微波炉等家电产品的全球领先地位，做强电视、照明等优势产业。推动传统家电数字化、智能化。',
  areas_en='With research and development in Guangzhou, Shenzhen and Foshan at the centre, form a manufacturing cluster in Shenzhen, Zhuhai, Foshan, Huizhou, Zhongshan and Zhanjiang.',
  areas_zh='以广州市、深圳市、佛山市的研发为中心，形成深圳市、珠海市、佛山市、惠州市、中山市、湛江市的制造集群。',
  targets=[('広州市、深セン市、仏山市の研究開発を中心に','named','rnd',['Guangzhou','Shenzhen','Foshan']),
           ('深セン市、珠海市、仏山市、恵州市、中山市、湛江市の製造クラスターを形成する','named','production',['Shenzhen','Zhuhai','Foshan','Huizhou','Zhongshan','Zhanjiang'])],
  notes=[]),
 dict(id='automotive', tier='pillar', ja=None, zh='汽车', en='Automobiles',
  focus_en='Develop automobiles and new-energy vehicles (NEVs) together, promote the uptake of NEVs and connected cars, and raise the share of high-end models and NEVs. Build a safe and controllable supply system for core components and raise the influence of domestic brands.',
  focus_zh='推动汽车与新能源汽车协同发展，推广新能源汽车和智能网联汽车，提高高端车型和新能源汽车的比重。构建安全可控的核心零部件供应体系，提升自主品牌影响力。',
  areas_en='Building on the existing automotive industrial parks, focus on Guangzhou, Shenzhen, Zhuhai, Foshan and Zhaoqing to grow an internationally influential industrial cluster.',
  areas_zh='依托现有汽车产业园区，以广州市、深圳市、珠海市、佛山市、肇庆市为重点，培育具有国际影响力的产业集群。',
  targets=[('広州市、深セン市、珠海市、仏山市、肇慶市に重点を置き','named','hub',['Guangzhou','Shenzhen','Zhuhai','Foshan','Zhaoqing'])],
  notes=[]),
 dict(id='advanced-materials', tier='pillar', ja='先端材料', zh='先进材料', en='Advanced materials',
  focus_en='Promote the expansion and upgrading of building materials, steel, non-ferrous metals, chemical materials and rare-earth materials.',
  focus_zh='推动建筑材料、钢铁、有色金属、化工材料、稀土材料扩大规模并向高端化转型。',
  areas_en='Guangzhou, Shenzhen, Zhuhai, Foshan, Shaoguan, Huizhou, Dongguan, Yangjiang, Zhanjiang, Maoming, Zhaoqing, Qingyuan, Yunfu.',
  areas_zh='广州市、深圳市、珠海市、佛山市、韶关市、惠州市、东莞市、阳江市、湛江市、茂名市、肇庆市、清远市、云浮市。',
  targets=[('広州市、深セン市、珠海市、仏山市、韶関市、恵州市、東莞市、陽江市、湛江市、茂名市、肇慶市、清遠市、雲浮市','named','general',
            ['Guangzhou','Shenzhen','Zhuhai','Foshan','Shaoguan','Huizhou','Dongguan','Yangjiang','Zhanjiang','Maoming','Zhaoqing','Qingyuan','Yunfu'])],
  notes=[N('repair',
           f'Repaired name: the source table\'s cluster cell reads "1 " (an extraction error). By its position (fifth pillar row) and its focus areas (building materials, steel, non-ferrous metals, rare earths) it is {Z("先进材料")} (advanced materials); the Japanese name {J("先端材料")} renders the official name.',
           f'名称の修正:出典の集積産業欄は「1 」(抽出エラー)。位置(支柱産業の5行目)と重点分野(建築材料、鋼鉄、非鉄金属、希土)から「{Z("先进材料")}」と判断し、日本語名「先端材料」は正式名称の訳とした。',
           f'名称校正：原表产业集群栏为“1 ”（提取错误）。根据其位置（支柱产业第5行）和重点领域（建筑材料、钢铁、有色金属、稀土）判定为“先进材料”；日文名称“{J("先端材料")}”为正式名称的译名。')]),
 dict(id='light-industry-textiles', tier='pillar', ja=None, zh='现代轻工纺织', en='Modern light industry and textiles',
  focus_en='Promote innovation in textiles and apparel, plastics, leather, household chemicals, hardware, furniture, paper and arts and crafts; develop mid- to high-end products with new technologies and materials, and grow nationally and internationally known brands.',
  focus_zh='推动纺织服装、塑料、皮革、日用化工、五金、家具、造纸、工艺美术等领域创新，运用新技术、新材料开发中高端产品，培育全国乃至国际知名品牌。',
  areas_en='With research and development in Guangzhou and Shenzhen at the centre, build a network across the coastal area and among the industrial clusters.',
  areas_zh='以广州市、深圳市的研发为中心，构建沿海地区及各产业集聚地之间的网络。',
  targets=[('広州市、深セン市の研究開発を中心に','named','rnd',['Guangzhou','Shenzhen']),
           ('沿海エリアおよび各産業集積地間のネットワークを構築する','regional','general','沿海')],
  notes=[N('interpretation',
           f'Interpretation: {J("沿海エリア")} (the coastal area) resolves to the 14 coastal cities as regional targets. {J("各産業集積地")} (each industrial cluster location) names no place and adds no target.',
           '解釈:「沿海エリア」は沿海の14市を指し、地域名による対象とした。「各産業集積地」は場所を特定しないため、対象を加えない。',
           f'解读：“{J("沿海エリア")}”（沿海地区）指14个沿海城市，作为经区域名称的布局城市。“{J("各産業集積地")}”（各产业集聚地）未指明地点，不增加布局城市。'),
         N('naming',
           f'Display name: the source table says {J("軽工業、アパレル")} (light industry, apparel); the policy\'s name is {Z("现代轻工纺织")} (modern light industry and textiles). The Japanese name follows the source table.',
           f'表示名:出典の表では「軽工業、アパレル」、政策文書の名称は「{Z("现代轻工纺织")}」(近代軽工業・紡織)。日本語名は出典の表に従う。',
           f'显示名称：原表作“{J("軽工業、アパレル")}”（轻工业、服装），政策文件名称为“现代轻工纺织”。日文名称沿用原表。')]),
 dict(id='software-information-services', tier='pillar', ja='ソフトウェア・情報サービス', zh='软件与信息服务', en='Software and information services',
  focus_en='Accelerate research and development of operating systems, databases, middleware and office software with proprietary intellectual property; focus technological innovation on industrial software such as CAD and EDA; promote innovation in big data, AI and blockchain (distributed ledgers).',
  focus_zh='加快具有自主知识产权的操作系统、数据库、中间件、办公软件等的研发，重点推进CAD、EDA等工业软件的技术创新，推动大数据、人工智能、区块链（分布式账本）技术创新。',
  areas_en='Led by the industrial clusters of Guangzhou and Shenzhen, promote the software industry in Zhuhai, Foshan, Huizhou, Dongguan and Yunfu.',
  areas_zh='以广州市、深圳市的产业集聚为引领，推动珠海市、佛山市、惠州市、东莞市、云浮市的软件产业发展。',
  targets=[('広州市、深セン市の産業集積がけん引する形で','named','hub',['Guangzhou','Shenzhen']),
           ('珠海市、仏山市、恵州市、東莞市、雲浮市のソフト産業を推進する','named','general',['Zhuhai','Foshan','Huizhou','Dongguan','Yunfu'])],
  notes=[N('repair',
           f'Repaired name: the source table\'s cluster cell reads "{J("ソフトリエア・ 育報")}", garbled from {J("ソフトウエア・情報")}, JETRO\'s spelling ({J("ウ")} read as {J("リ")}, {J("情")} as {J("育")}, plus a stray space). The Japanese name {J("ソフトウェア・情報サービス")} renders the official {Z("软件与信息服务")}, in the common spelling {J("ソフトウェア")}.',
           f'名称の修正:出典の集積産業欄は「ソフトリエア・ 育報」で、ジェトロの表記「ソフトウエア・情報」の文字化け(ウ→リ、情→育、余分な空白)。日本語名「ソフトウェア・情報サービス」は正式名称「{Z("软件与信息服务")}」の訳で、一般的な表記「ソフトウェア」を用いた。',
           f'名称校正：原表产业集群栏为“{J("ソフトリエア・ 育報")}”，系日本贸易振兴机构写法“{J("ソフトウエア・情報")}”（软件、信息）的乱码（{J("ウ")}误为{J("リ")}、{J("情")}误为{J("育")}，另有多余空格）。日文名称“{J("ソフトウェア・情報サービス")}”为正式名称“软件与信息服务”的译名，采用常见写法“{J("ソフトウェア")}”。')]),
 dict(id='ultra-hd-video-display', tier='pillar', ja=None, zh='超高清视频显示', en='Ultra-HD video and display',
  focus_en='Support new display industries such as OLED, AMOLED, MicroLED, QLED, quantum dots, flexible displays and graphene displays. Promote innovation in core technologies such as video cameras, core chips, content production, signal transmission and terminal display.',
  focus_zh='支持OLED、AMOLED、MicroLED、QLED、量子点、柔性显示、石墨烯显示等新型显示产业发展。推动摄像机、核心芯片、内容制作、信号传输、终端显示等核心技术创新。',
  areas_en='Using the construction of the ultra-HD industry development pilot zone, develop the industry in the Pearl River Delta, and grow upstream and downstream industries in the province\'s coastal areas and the north.',
  areas_zh='以建设超高清视频产业发展试验区为契机，在珠三角发展产业，在省内沿海地区和粤北培育上下游产业。',
  targets=[('珠江デルタで産業を発展させ','regional','hub','珠江デルタ'),
           ('省内の沿海部と北部で川上、川下産業を育成する','regional','general','沿海'),
           ('省内の沿海部と北部で川上、川下産業を育成する','regional','general','北部')],
  notes=[N('interpretation',
           f'Interpretation: {J("沿海部")} (the coastal areas) resolves to the 14 coastal cities and {J("北部")} (the north) to the five northern cities; with the Pearl River Delta every one of the 21 cities is reached, none by name.',
           '解釈:「沿海部」は沿海の14市、「北部」は省北部の5市を指す。珠江デルタと合わせて21市すべてが対象となるが、市名の明記はない。',
           f'解读：“{J("沿海部")}”（沿海地区）指14个沿海城市，“{J("北部")}”指粤北5市；加上珠三角，21市均有布局，但均未明确列名。'),
         N('naming',
           f'Display name: the source table says {J("ハイビジョンディスプレイ")} (high-definition display); the policy\'s name is {Z("超高清视频显示")} (ultra-HD video and display). The Japanese name follows the source table.',
           f'表示名:出典の表では「ハイビジョンディスプレイ」、政策文書の名称は「{Z("超高清视频显示")}」(超高精細映像・ディスプレイ)。日本語名は出典の表に従う。',
           f'显示名称：原表作“{J("ハイビジョンディスプレイ")}”（高清显示），政策文件名称为“超高清视频显示”。日文名称沿用原表。')]),
 dict(id='biomedicine-health', tier='pillar', ja=None, zh='生物医药与健康', en='Biomedicine and health',
  focus_en='Promote new business models such as precision medicine, AI+healthcare and the integration of medical and elderly care; build competitive industries in Lingnan traditional Chinese medicine, chemical drugs, biopharmaceuticals, high-end medical devices, biological and medical materials, in-vitro diagnostics, medical services and public health. Innovate core technologies in precision medicine, stem cells and new drug development.',
  focus_zh='推动精准医疗、AI+医疗、医养结合等新业态发展，在岭南中药、化学药、生物药、高端医疗器械、生物医用材料、体外诊断、医疗服务、公共卫生等领域形成优势产业。在精准医疗、干细胞、新药研发等领域推进核心技术创新。',
  areas_en='Guangzhou, Shenzhen, Zhuhai, Foshan, Huizhou, Dongguan, Zhongshan.',
  areas_zh='广州市、深圳市、珠海市、佛山市、惠州市、东莞市、中山市。',
  targets=[('広州市、深セン市、珠海市、仏山市、恵州市、東莞市、中山市','named','general',['Guangzhou','Shenzhen','Zhuhai','Foshan','Huizhou','Dongguan','Zhongshan'])],
  notes=[N('repair',
           f'Repaired focus text: "{J("AIX医療")}" has a Latin X where the policy means + ({Z("AI+医疗")}, AI plus healthcare); it reads {J("AI+医療")}.',
           f'重点分野の修正:「AIX医療」のXは政策の「+」({Z("AI+医疗")})の誤りで、「AI+医療」と読む。',
           f'重点领域校正：“{J("AIX医療")}”中的X应为政策原文的“+”（AI+医疗），改为“{J("AI+医療")}”。')]),
 dict(id='agriculture-food', tier='pillar', ja=None, zh='现代农业与食品', en='Modern agriculture and food',
  focus_en='Focus on grain, Lingnan fruit, vegetables, livestock and poultry, aquatic products, Chinese medicinal herbs, feed, speciality foods and beverages, flowers, tea, modern seed industry and condiments. Concentrate pineapple, lychee, tea, pomelo, live pigs and deep-sea cage fish farming in areas with competitive advantages. Accelerate the development of speciality foods such as roasted foods, pickles, confectionery and dried foods, and of industries such as central kitchens, instant foods and frozen foods.',
  focus_zh='重点发展粮食、岭南水果、蔬菜、畜禽、水产、中药材、饲料、特色食品及饮料、花卉、茶叶、现代种业、调味品等产业。推动菠萝、荔枝、茶叶、柚子、生猪、深海网箱养殖等向优势产区集中。加快发展烘焙、腌制、糖果、干货等特色食品以及中央厨房、方便食品、冷冻食品等产业。',
  areas_en='Rolled out as "one park per county, one industry per town, one product per village" (note: in each rural administrative unit, one industrial park per county, one industry per town and one speciality product per village).',
  areas_zh='按“一县一园、一镇一业、一村一品”推进（注：在农村各级行政区划（县、镇、村）中，每县培育一个产业园区、每镇培育一个产业、每村培育一个特色产品）。',
  targets=[('「一県一園、一鎮一産業、一村一品」(注)で展開する','regional','general','一県一園、一鎮一産業、一村一品')],
  notes=[N('interpretation',
           f'Interpretation: the cell names no city. The source\'s footnote defines "one park per county, one industry per town, one product per village" by the rural administrative divisions (counties, towns and villages), and every one of the 21 cities has such divisions. Shenzhen is the one case to weigh: its districts have had no county, town or village since 2004, but since 2018 Shenzhen has administered the Shenzhen–Shanwei Special Cooperation Zone ({Z("深汕特别合作区")}), whose towns and villages are rural. So all 21 cities are regional targets, none by name (the boundary data, older than the zone, draws its land inside Shanwei).',
           f'解釈:この欄は市名を挙げていない。出典の注は「一県一園、一鎮一産業、一村一品」を農村部の行政区分(県、鎮、村)ごとの施策と定めており、21市のいずれにもこの区分がある。検討を要するのは深セン市で、同市の区には2004年以降、県・鎮・村がないが、2018年から同市が管轄する深汕特別協力区({Z("深汕特别合作区")})の鎮と村は農村部である。このため21市すべてを地域名による対象とした(市名の明記はない。境界データは同区の設置前のもので、その区域を汕尾市に含めて描く)。',
           '解读：该栏未列城市。原表注释将“一县一园、一镇一业、一村一品”界定为按农村行政区划（县、镇、村）实施的措施，21市均有此类区划。需要斟酌的是深圳市：其各区自2004年起已无县、镇、村，但深圳市自2018年起管理的深汕特别合作区内的镇、村属农村地区。因此21市均为经区域名称的布局城市，均未明确列名（边界数据早于合作区设立，将其区域绘入汕尾市）。'),
         N('footnote',
           'Source footnote, translated: in each rural administrative division (county, town, village), one industrial park is developed per county, one industry per town and one speciality product per village.',
           '出典の注:「農村部の行政区分(県、鎮、村)ごとに、1県で1カ所の産業園区、1鎮で1つの産業、1村で1つの特産品を育てる。」',
           '原表注释（注）：在农村各级行政区划（县、镇、村）中，每县培育一个产业园区、每镇培育一个产业、每村培育一个特色产品。')]),
 dict(id='semiconductors-ics', tier='emerging', ja='半導体・集積回路', zh='半导体与集成电路', en='Semiconductors and integrated circuits',
  focus_en='Actively develop third-generation semiconductor chips, accelerate the localisation of EDA software, build large-scale production lines and actively develop advanced packaging and testing. Solve the shortage of semiconductor chips.',
  focus_zh='积极发展第三代半导体芯片，加快EDA软件国产化，建设大规模生产线，积极发展先进封装测试。解决半导体芯片短缺问题。',
  areas_en='Form a chip-design cluster centred on Guangzhou, Shenzhen and Zhuhai; strengthen manufacturing in Guangzhou and Shenzhen; accelerate third-generation semiconductors in Shenzhen, Zhuhai and Dongguan.',
  areas_zh='以广州市、深圳市、珠海市为中心形成半导体芯片设计产业集群，强化广州市、深圳市的制造，在深圳市、珠海市、东莞市加快发展第三代半导体。',
  targets=[('広州市、深セン市、珠海市を中心に半導体チップ設計の産業クラスターを形成し','named','hub',['Guangzhou','Shenzhen','Zhuhai']),
           ('広州市、深セン市での製造を強化し','named','production',['Guangzhou','Shenzhen']),
           ('深セン市、珠海市、東莞市で第3世代半導体の発展を加速させる','named','general',['Shenzhen','Zhuhai','Dongguan'])],
  notes=[N('repair',
           f'Repaired name: the source table writes the separator as "·" (U+00B7 middle dot); the Japanese name uses "{J("・")}" (the katakana middle dot).',
           '名称の修正:出典では区切りが「·」(U+00B7 中黒に似た記号)。日本語名では「・」(カタカナ中黒)とした。',
           f'名称校正：原表的分隔符为“·”（U+00B7 间隔号）；日文名称改用“{J("・")}”（片假名中点）。')]),
 dict(id='high-end-equipment', tier='emerging', ja=None, zh='高端装备制造', en='High-end equipment manufacturing',
  focus_en='Focus on CNC machine tools, aircraft, satellites, rail transit equipment and marine engineering equipment.',
  focus_zh='重点发展数控机床、航空器、卫星、轨道交通装备、海洋工程装备等产业。',
  areas_en='Guangzhou, Shenzhen, Zhuhai, Foshan, Dongguan, Zhongshan, Jiangmen, Yangjiang.',
  areas_zh='广州市、深圳市、珠海市、佛山市、东莞市、中山市、江门市、阳江市。',
  targets=[('広州市、深セン市、珠海市、仏山市、東莞市、中山市、江門市、陽江市','named','general',['Guangzhou','Shenzhen','Zhuhai','Foshan','Dongguan','Zhongshan','Jiangmen','Yangjiang'])],
  notes=[N('naming',
           f'Display name: the source table says {J("ハイエンド設備")} (high-end equipment); the policy\'s name is {Z("高端装备制造")} (high-end equipment manufacturing). The Japanese name follows the source table.',
           f'表示名:出典の表では「ハイエンド設備」、政策文書の名称は「{Z("高端装备制造")}」(ハイエンド設備製造)。日本語名は出典の表に従う。',
           f'显示名称：原表作“{J("ハイエンド設備")}”（高端装备），政策文件名称为“高端装备制造”。日文名称沿用原表。')]),
 dict(id='intelligent-robots', tier='emerging', ja=None, zh='智能机器人', en='Intelligent robots',
  focus_en='Focus on industrial robots, service robots, special-purpose robots, drones and unmanned ships, and advance the technology of core components such as reducers, servo motors and systems, and controllers.',
  focus_zh='重点发展工业机器人、服务机器人、特种机器人、无人机、无人船等产业，推进减速器、伺服电机及系统、控制器等核心零部件的技术创新。',
  areas_en='Research and development in Guangzhou and Shenzhen; production bases in Zhuhai, Foshan, Dongguan and Zhongshan.',
  areas_zh='在广州市、深圳市开展研发，在珠海市、佛山市、东莞市、中山市建设生产基地。',
  targets=[('広州市、深セン市で研究開発を行い','named','rnd',['Guangzhou','Shenzhen']),
           ('珠海市、仏山市、東莞市、中山市で生産拠点を建設する','named','production',['Zhuhai','Foshan','Dongguan','Zhongshan'])],
  notes=[N('naming',
           f'Display name: the source table says {J("ロボット")} (robots); the policy\'s name is {Z("智能机器人")} (intelligent robots). The Japanese name follows the source table.',
           f'表示名:出典の表では「ロボット」、政策文書の名称は「{Z("智能机器人")}」(スマートロボット)。日本語名は出典の表に従う。',
           f'显示名称：原表作“{J("ロボット")}”（机器人），政策文件名称为“智能机器人”。日文名称沿用原表。')]),
 dict(id='blockchain-quantum', tier='emerging', ja=None, zh='区块链与量子信息', en='Blockchain and quantum information',
  focus_en='Advance innovation in core blockchain technologies such as consensus algorithms, smart contracts, anti-counterfeiting and encryption, and promote the building of trusted network infrastructure. In quantum information, research, develop and apply emerging technologies such as quantum computing, quantum precision measurement and quantum networks.',
  focus_zh='推进区块链共识算法、智能合约、防伪与加密技术等核心技术创新，推动可信网络基础设施建设。在量子信息领域，开展量子计算、量子精密测量和量子网络等新兴技术的研发与应用。',
  areas_en='Guangzhou, Shenzhen, Zhuhai, Foshan, Dongguan.',
  areas_zh='广州市、深圳市、珠海市、佛山市、东莞市。',
  targets=[('広州市、深セン市、珠海市、仏山市、東莞市','named','general',['Guangzhou','Shenzhen','Zhuhai','Foshan','Dongguan'])],
  notes=[]),
 dict(id='frontier-materials', tier='emerging', ja=None, zh='前沿新材料', en='Frontier new materials',
  focus_en='Focus on cutting-edge new materials such as low-dimensional and nano materials, semiconductor materials, new electronic materials, metal materials, high-performance composites, new-energy materials and biomedical materials.',
  focus_zh='重点发展低维及纳米材料、半导体材料、电子新材料、金属材料、高性能复合材料、新能源材料、生物医用材料等前沿新材料。',
  areas_en='Guangzhou, Shenzhen, Zhuhai, Foshan, Shaoguan, Dongguan, Zhanjiang, Qingyuan, Chaozhou.',
  areas_zh='广州市、深圳市、珠海市、佛山市、韶关市、东莞市、湛江市、清远市、潮州市。',
  targets=[('広州市、深セン市、珠海市、仏山市、韶関市、東莞市、湛江市、清遠市、潮州市','named','general',['Guangzhou','Shenzhen','Zhuhai','Foshan','Shaoguan','Dongguan','Zhanjiang','Qingyuan','Chaozhou'])],
  notes=[N('naming',
           f'Display name: the source table says {J("新素材")} (new materials); the policy\'s name is {Z("前沿新材料")} (frontier new materials). The Japanese name follows the source table.',
           f'表示名:出典の表では「新素材」、政策文書の名称は「{Z("前沿新材料")}」(最先端の新素材)。日本語名は出典の表に従う。',
           f'显示名称：原表作“{J("新素材")}”（新材料），政策文件名称为“前沿新材料”。日文名称沿用原表。')]),
 dict(id='new-energy', tier='emerging', ja=None, zh='新能源', en='New energy',
  focus_en='Develop competitive industries such as nuclear power, offshore wind and solar energy, accelerate the fostering of emerging industries such as hydrogen, and promote the integrated development and use of biomass.',
  focus_zh='发展核电、海上风电、太阳能等优势产业，加快培育氢能等新兴产业，推进生物质能综合开发利用。',
  areas_en='Build the offshore power base in Yangjiang as a priority, and a solar-power manufacturing cluster in the Pearl River Delta. Build hydrogen industry bases in Guangzhou, Shenzhen, Foshan, Zhanjiang, Maoming and Yunfu.',
  areas_zh='重点建设阳江市海上发电基地，在珠三角地区构建光伏发电相关制造业集群。在广州市、深圳市、佛山市、湛江市、茂名市、云浮市建设氢能产业基地。',
  targets=[('陽江市の洋上発電基地を重点的に建設し','named','hub',['Yangjiang']),
           ('珠江デルタ地域に太陽光発電関連の製造業クラスターを構築する','regional','production','珠江デルタ'),
           ('広州市、深セン市、仏山市、湛江市、茂名市、雲浮市に水素産業基地を建設する','named','production',['Guangzhou','Shenzhen','Foshan','Zhanjiang','Maoming','Yunfu'])],
  notes=[N('interpretation',
           f'Interpretation: Yangjiang\'s offshore power base is the one site the cell builds "as a priority" ({J("重点的に")}), so its role is "hub"; the solar manufacturing cluster (Pearl River Delta) and the hydrogen bases are "production".',
           '解釈:陽江市の洋上発電基地はこの欄で唯一「重点的に」建設するとされるため「中核・拠点」とし、太陽光発電の製造業クラスター(珠江デルタ)と水素産業基地は「生産・製造」とした。',
           '解读：阳江市海上发电基地是该栏中唯一“重点”建设的地点，定为“核心”；光伏制造业集群（珠三角）和氢能产业基地定为“生产制造”。')]),
 dict(id='laser-additive-manufacturing', tier='emerging', ja='レーザー・積層造形', zh='激光与增材制造', en='Laser and additive manufacturing',
  focus_en='Focus on cutting-edge technology, high-performance laser equipment, additive manufacturing equipment and systems, and their application technologies and services; advance technological innovation in basic and special materials and key devices. Apply the innovations in aviation, electronic information, automobiles, shipbuilding, nuclear power, moulds, new energy, quantum information, medical devices and content industries.',
  focus_zh='重点发展前沿技术、高性能激光装备、增材制造装备与系统及其应用技术和服务，推进基础与专用材料、关键器件的技术创新。在航空、电子信息、汽车、船舶、核电、模具、新能源、量子信息、医疗器械、内容产业等领域实现创新应用。',
  areas_en='Besides the cores, Guangzhou and Shenzhen, form industrial agglomeration areas in Zhuhai, Foshan, Huizhou, Dongguan, Zhongshan and Jiangmen.',
  areas_zh='除核心城市广州市、深圳市外，在珠海市、佛山市、惠州市、东莞市、中山市、江门市形成产业集聚区。',
  targets=[('中核となる広州市、深セン市','named','hub',['Guangzhou','Shenzhen']),
           ('珠海市、仏山市、恵州市、東莞市、中山市、江門市で産業集積エリアを形成する','named','production',['Zhuhai','Foshan','Huizhou','Dongguan','Zhongshan','Jiangmen'])],
  notes=[N('repair',
           f'Repaired name: the source table\'s cluster cell is empty (lost in the PDF extraction, first row after the page break). By its position (seventh emerging row) and its focus areas (lasers, additive manufacturing) it is {Z("激光与增材制造")}; the Japanese name {J("レーザー・積層造形")} renders the official name.',
           f'名称の修正:出典の集積産業欄は空欄(PDF抽出で欠落、改ページ後の最初の行)。位置(新興産業の7行目)と重点分野(レーザー、積層造形)から「{Z("激光与增材制造")}」と判断し、日本語名「レーザー・積層造形」は正式名称の訳とした。',
           f'名称校正：原表产业集群栏为空（PDF提取时丢失，分页后的第一行）。根据其位置（新兴产业第7行）和重点领域（激光、增材制造）判定为“激光与增材制造”；日文名称“{J("レーザー・積層造形")}”为正式名称的译名。')]),
 dict(id='digital-creative', tier='emerging', ja='デジタルクリエイティブ', zh='数字创意', en='Digital creativity',
  focus_en='Promote applications of new technologies such as 5G, AI, big data and VR/AR; strengthen competitive industries such as games, animation and design; accelerate new business models such as games, live streaming and short video.',
  focus_zh='推动5G、人工智能、大数据、VR/AR等新技术应用，做强游戏、动漫、设计等优势产业，加快游戏、直播、短视频等新业态发展。',
  areas_en='Besides the cores, Guangzhou and Shenzhen, develop in Zhuhai, Shantou, Foshan, Dongguan and Zhongshan.',
  areas_zh='除核心城市广州市、深圳市外，在珠海市、汕头市、佛山市、东莞市、中山市布局发展。',
  targets=[('中核となる広州市、深セン市','named','hub',['Guangzhou','Shenzhen']),
           ('珠海市、汕頭市、仏山市、東莞市、中山市で展開する','named','general',['Zhuhai','Shantou','Foshan','Dongguan','Zhongshan'])],
  notes=[N('repair',
           f'Repaired name: the source table\'s cluster cell is empty. By its position (eighth emerging row) and its focus areas (games, animation, design, live streaming) it is {Z("数字创意")}; the Japanese name {J("デジタルクリエイティブ")} renders the official name.',
           f'名称の修正:出典の集積産業欄は空欄。位置(新興産業の8行目)と重点分野(ゲーム、アニメ、デザイン、ライブ配信)から「{Z("数字创意")}」と判断し、日本語名「デジタルクリエイティブ」は正式名称の訳とした。',
           f'名称校正：原表产业集群栏为空。根据其位置（新兴产业第8行）和重点领域（游戏、动漫、设计、直播）判定为“数字创意”；日文名称“{J("デジタルクリエイティブ")}”为正式名称的译名。')]),
 dict(id='safety-emergency-environmental', tier='emerging', ja='安全応急・環境保護', zh='安全应急与环保', en='Safety, emergency response and environmental protection',
  focus_en=None, focus_zh=None,
  areas_en='Set up technology R&D bases and headquarters functions in the Pearl River Delta, and form industrial clusters in the east, west and north of the province.',
  areas_zh='在珠三角布局技术研发基地和总部，在粤东、粤西、粤北形成产业集聚。',
  targets=[('珠江デルタに技術研究開発拠点と本社機能を設け','regional','rnd','珠江デルタ'),
           ('省東部、西部、北部に産業集積を形成する','regional','production','省東部'),
           ('省東部、西部、北部に産業集積を形成する','regional','production','西部'),
           ('省東部、西部、北部に産業集積を形成する','regional','production','北部')],
  # Shown under "not stated in the source table", labelled as a supplement and cited (PRODUCT.md).
  supplement=dict(
    text=dict(ja='安全・応急および省エネ・環境保護の専用製品、設備とサービス。',
              en='Special-purpose products, equipment and services for safety and emergency response and for energy saving and environmental protection.',
              zh='安全应急与节能环保专用产品、设备和服务。'),
    source=dict(ja=ja_prose(f'広東省の同クラスターの行動計画(2021~2025年)、{Z("粤工信节能〔2020〕131号")}'),
                en=f'the province\'s 2021–2025 action plan for this cluster, {Z("粤工信节能〔2020〕131号")}',
                zh='广东省该集群行动计划（2021—2025年），粤工信节能〔2020〕131号')),
  notes=[N('repair',
           f'Repaired name: the source table\'s cluster cell is empty. By its position (ninth emerging row) it is {Z("安全应急与环保")}; the Japanese name {J("安全応急・環境保護")} renders the official name.',
           f'名称の修正:出典の集積産業欄は空欄。位置(新興産業の9行目)から「{Z("安全应急与环保")}」と判断し、日本語名「安全応急・環境保護」は正式名称の訳とした。',
           f'名称校正：原表产业集群栏为空。根据其位置（新兴产业第9行）判定为“安全应急与环保”；日文名称“{J("安全応急・環境保護")}”为正式名称的译名。'),
         N('missing',
           f'Missing data: the focus-areas cell is empty in the source table and stays empty here (shown as "not stated in the source table"). Supplement, not from the source table: the province\'s 2021–2025 action plan for this cluster ({Z("粤工信节能〔2020〕131号")}) describes it as special-purpose products, equipment and services for safety and emergency response and for energy saving and environmental protection.',
           f'欠落データ:出典の重点分野欄は空欄で、データでも空欄のまま(「出典の表に記載なし」と表示)。補足(出典の表以外):同クラスターの広東省行動計画(2021~2025年、{Z("粤工信节能〔2020〕131号")})は、安全・応急および省エネ・環境保護の専用製品、設備とサービスとしている。',
           '缺失数据：原表重点领域栏为空，数据中亦保持为空（显示为“原表未载明”）。补充（非原表内容）：广东省该集群行动计划（2021—2025年，粤工信节能〔2020〕131号）将其表述为安全应急与节能环保专用产品、设备和服务。')]),
 dict(id='precision-instruments', tier='emerging', ja=None, zh='精密仪器设备', en='Precision instruments and equipment',
  focus_en='Innovate and industrialise core technologies such as the sensors, measurement and data acquisition used in industrial automation systems and large precision measuring and analytical instruments, and build a coherent ecosystem along the industrial chain.',
  focus_zh='推动工业自动化系统、大型精密测量分析仪器所用传感器、测量、数据采集等核心技术的创新与产业化，构建全产业链贯通的生态体系。',
  areas_en='Led by the Pearl River Delta, develop jointly with the east and north of the province.',
  areas_zh='以珠三角为中心，与粤东、粤北协同发展。',
  targets=[('珠江デルタが中心となり','regional','hub','珠江デルタ'),
           ('省東部、北部と共同で発展させる','regional','general','省東部'),
           ('省東部、北部と共同で発展させる','regional','general','北部')],
  notes=[N('naming',
           f'Display name: the source table says {J("精密設備")} (precision equipment); the policy\'s name is {Z("精密仪器设备")} (precision instruments and equipment). The Japanese name follows the source table.',
           f'表示名:出典の表では「精密設備」、政策文書の名称は「{Z("精密仪器设备")}」(精密機器・設備)。日本語名は出典の表に従う。',
           f'显示名称：原表作“{J("精密設備")}”（精密设备），政策文件名称为“精密仪器设备”。日文名称沿用原表。')]),
]
assert len(SPEC) == 20
TIER = {'支柱産業': 'pillar', '新興産業': 'emerging'}
VARIANTS = [  # (seed form, repaired form, en, zh city name)
    ('佛山', '仏山', 'Foshan', '佛山'), ('惠州', '恵州', 'Huizhou', '惠州'), ('揭陽', '掲陽', 'Jieyang', '揭阳')]
q_en = lambda xs: ', '.join(f'"{J(x)}"' for x in xs)
q_ja = lambda xs: ''.join(f'「{x}」' for x in xs)
q_zh = lambda xs: ''.join(f'“{J(x)}”' for x in xs)
out = []
tier_cell_seen = None
for spec, row in zip(SPEC, rows):
    tier_cell, name_cell, focus_cell, areas_cell = row
    seed = {k: (v if v != '' else None) for k, v in zip(['tier', 'name', 'focus', 'areas'], row)}
    notes = []
    if tier_cell: tier_cell_seen = tier_cell
    assert TIER[tier_cell_seen] == spec['tier'], spec['id']
    name_fixed = fix_spaces(name_cell)
    ja = spec['ja'] or name_fixed
    if spec['ja'] is None and name_fixed != name_cell:
        notes.append(N('repair', f'Repaired name: stray space removed ("{J(name_cell)}" → "{J(name_fixed)}").',
                       f'名称の修正:余分な空白を削除(「{name_cell}」→「{name_fixed}」)。',
                       f'名称校正：删除多余空格（“{J(name_cell)}”→“{J(name_fixed)}”）。'))
    focus_ja = None
    if focus_cell:
        focus_ja = fix_spaces(focus_cell).replace('AIX医療', 'AI+医療')
        if fix_spaces(focus_cell) != focus_cell:
            notes.append(N('repair', 'Repaired focus text: stray spaces from PDF line breaks removed.',
                           '重点分野の修正:PDFの改行に由来する余分な空白を削除。',
                           '重点领域校正：删除因PDF换行产生的多余空格。'))
    assert (focus_ja is None) == (spec['focus_en'] is None) == (spec['focus_zh'] is None), spec['id']
    areas_ja = fix_spaces(areas_cell)
    for a, b, _, _ in VARIANTS:
        areas_ja = areas_ja.replace(a, b)
    if fix_spaces(areas_cell) != areas_cell:
        broken = [m.group(0) for m in re.finditer(r'\S{1,2} \S{1,2}', areas_cell)]
        notes.append(N('repair', f'Repaired target areas: stray spaces from PDF line breaks removed ({q_en(broken)}).',
                       f'対象地域の修正:PDFの改行に由来する余分な空白を削除({q_ja(broken)})。',
                       f'布局地区校正：删除因PDF换行产生的多余空格（{q_zh(broken)}）。'))
    for seed_form, fixed, en, zh in VARIANTS:
        if seed_form in areas_cell:
            notes.append(N('repair', f'Variant characters: {J(seed_form)} (the Chinese form) normalised to {J(fixed)} ({en}) in the repaired text.',
                           f'異体字:中国語の字形「{seed_form}」を修正後の本文では「{fixed}」({fixed}市)に統一。',
                           f'异体字：校正后的日文文本将中文字形“{J(seed_form)}”统一为日文字形“{J(fixed)}”（{zh}市）。'))
    targets = []
    for quote, basis, role, what in spec['targets']:
        assert quote in areas_ja, (spec['id'], quote)
        if basis == 'named':
            for en in what:
                targets.append({'city': code[en], 'basis': 'named', 'role': role, 'quote': quote})
        else:
            assert what in quote, (spec['id'], what)
            for c in term_region[what]['cities']:
                targets.append({'city': c, 'basis': 'regional', 'role': role, 'term': what, 'quote': quote})
    is_name_repair = lambda n: n['en'].startswith('Repaired name')
    out.append({
        'id': spec['id'], 'tier': spec['tier'],
        'name': {'ja': ja, 'zh': spec['zh'], 'en': spec['en']},
        'seed': seed,
        'focus': {'ja': focus_ja, 'en': spec['focus_en'], 'zh': spec['focus_zh']},
        'focusSupplement': spec.get('supplement'),
        'areas': {'ja': areas_ja, 'en': spec['areas_en'], 'zh': spec['areas_zh']},
        'targets': targets,
        'notes': [n for n in spec['notes'] if is_name_repair(n)] + notes + [n for n in spec['notes'] if not is_name_repair(n)],
    })
doc = {
  'source': {
    'title': '広東省の「戦略的な支柱産業と新興産業の産業クラスター育成・発展に関する意見」の主要内容',
    'publisher': 'JETRO（日本貿易振興機構）、ビジネス短信 添付資料',
    'basis': '広東省政府の発表に基づきジェトロ作成',
    'policy': {
      'title': '广东省人民政府关于培育发展战略性支柱产业集群和战略性新兴产业集群的意见',
      'number': '粤府函〔2020〕82号',
      'issued': '2020-05-18',
    },
    'seedFile': 'seed/000_de94686f712fa604.txt',
    'footnote': '(注)農村部の行政区分(県、鎮、村)ごとに、1県で1カ所の産業園区、1鎮で1つの産業、1村で1つの特産品を育てる。',
  },
  'clusters': out,
}
json.dump(doc, open(os.path.join(ROOT, 'data', 'clusters.json'), 'w'), ensure_ascii=False, indent=2)
open(os.path.join(ROOT, 'data', 'clusters.json'), 'a').write('\n')
for c in out:
    print(c['id'], c['name']['ja'], len(c['targets']), len({t['city'] for t in c['targets']}))
    for n in c['notes']: print('   ', n['kind'], n['en'][:120])
