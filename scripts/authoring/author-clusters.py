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

SPEC = [
 # id, tier, ja, zh, en, focus_en, areas_en, targets, extra_notes
 dict(id='electronic-information', tier='pillar', ja=None, zh='新一代电子信息', en='New-generation electronic information',
  focus_en='Communications equipment, networks, mobile phones and AI terminals, high-end semiconductor devices, IoT sensors, and innovation and applications of next-generation information technology.',
  areas_en='Strengthen the electronics belt on the east side of the Pearl River, and promote industrial transfer from the Pearl River Delta to the east, west and north of the province.',
  targets=[('珠江東側の電子産業圏を強化し','regional','hub','珠江東側'),
           ('珠江デルタ地域から省東部、西部、北部への産業移転を推進する','regional','general','珠江デルタ'),
           ('珠江デルタ地域から省東部、西部、北部への産業移転を推進する','regional','transfer','省東部'),
           ('珠江デルタ地域から省東部、西部、北部への産業移転を推進する','regional','transfer','西部'),
           ('珠江デルタ地域から省東部、西部、北部への産業移転を推進する','regional','transfer','北部')],
  notes=['Interpretation: the Pearl River Delta is named as the origin of the industrial transfer; its nine cities are kept as regional targets with the role "general" (the cluster is based there), and the east, west and north of the province are the transfer destinations ("transfer").',
         'Interpretation: 珠江東側 (east side of the Pearl River) resolves to Shenzhen, Dongguan and Huizhou; these are the "hub" of the electronics belt.']),
 dict(id='green-petrochemicals', tier='pillar', ja=None, zh='绿色石化', en='Green petrochemicals',
  focus_en='Expand refining capacity, extend the industrial chain, and raise the share of high-end fine chemical products such as organic feedstocks and electronic chemicals, and of new chemical materials such as high-performance synthetic materials and degradable materials.',
  areas_en='The coastal area centred on Zhanjiang, Maoming, Guangzhou, Huizhou and Jieyang.',
  targets=[('湛江市、茂名市、広州市、恵州市、掲陽市を中心とする','named','hub',['Zhanjiang','Maoming','Guangzhou','Huizhou','Jieyang'])],
  notes=['Interpretation: the cell names five cities as the centre of the coastal area; the named cities are the targets and the term 沿海 adds no further cities.',
         'Display name: the seed says 石油化学 (petrochemicals); the policy\'s name is 绿色石化 (green petrochemicals). The Japanese name follows the seed.']),
 dict(id='smart-home-appliances', tier='pillar', ja=None, zh='智能家电', en='Smart home appliances',
  focus_en='Keep a world-leading position in appliances such as air conditioners, refrigerators, electric rice cookers and microwave ovens, and strengthen competitive industries such as televisions and lighting. Promote the digitalisation and smartification of traditional appliances.',
  areas_en='With research and development in Guangzhou, Shenzhen and Foshan at the centre, form a manufacturing cluster in Shenzhen, Zhuhai, Foshan, Huizhou, Zhongshan and Zhanjiang.',
  targets=[('広州市、深セン市、仏山市の研究開発を中心に','named','rnd',['Guangzhou','Shenzhen','Foshan']),
           ('深セン市、珠海市、仏山市、恵州市、中山市、湛江市の製造クラスターを形成する','named','production',['Shenzhen','Zhuhai','Foshan','Huizhou','Zhongshan','Zhanjiang'])],
  notes=[]),
 dict(id='automotive', tier='pillar', ja=None, zh='汽车', en='Automobiles',
  focus_en='Develop automobiles and new-energy vehicles (NEVs) together, promote the uptake of NEVs and connected cars, and raise the share of high-end models and NEVs. Build a safe and controllable supply system for core components and raise the influence of domestic brands.',
  areas_en='Building on the existing automotive industrial parks, focus on Guangzhou, Shenzhen, Zhuhai, Foshan and Zhaoqing to grow an internationally influential industrial cluster.',
  targets=[('広州市、深セン市、珠海市、仏山市、肇慶市に重点を置き','named','hub',['Guangzhou','Shenzhen','Zhuhai','Foshan','Zhaoqing'])],
  notes=[]),
 dict(id='advanced-materials', tier='pillar', ja='先端材料', zh='先进材料', en='Advanced materials',
  focus_en='Promote the expansion and upgrading of building materials, steel, non-ferrous metals, chemical materials and rare-earth materials.',
  areas_en='Guangzhou, Shenzhen, Zhuhai, Foshan, Shaoguan, Huizhou, Dongguan, Yangjiang, Zhanjiang, Maoming, Zhaoqing, Qingyuan, Yunfu.',
  targets=[('広州市、深セン市、珠海市、仏山市、韶関市、恵州市、東莞市、陽江市、湛江市、茂名市、肇慶市、清遠市、雲浮市','named','general',
            ['Guangzhou','Shenzhen','Zhuhai','Foshan','Shaoguan','Huizhou','Dongguan','Yangjiang','Zhanjiang','Maoming','Zhaoqing','Qingyuan','Yunfu'])],
  notes=['Repaired name: the seed\'s cluster cell reads "1 " (an extraction error). By its position (fifth pillar row) and its focus areas (building materials, steel, non-ferrous metals, rare earths) it is 先进材料 (advanced materials); the Japanese name 先端材料 renders the official name.']),
 dict(id='light-industry-textiles', tier='pillar', ja=None, zh='现代轻工纺织', en='Modern light industry and textiles',
  focus_en='Promote innovation in textiles and apparel, plastics, leather, household chemicals, hardware, furniture, paper and arts and crafts; develop mid- to high-end products with new technologies and materials, and grow nationally and internationally known brands.',
  areas_en='With research and development in Guangzhou and Shenzhen at the centre, build a network across the coastal area and among the industrial clusters.',
  targets=[('広州市、深セン市の研究開発を中心に','named','rnd',['Guangzhou','Shenzhen']),
           ('沿海エリアおよび各産業集積地間のネットワークを構築する','regional','general','沿海')],
  notes=['Interpretation: 沿海エリア (the coastal area) resolves to the 14 coastal cities as regional targets. "各産業集積地" (each industrial cluster location) names no place and adds no target.',
         'Display name: the seed says 軽工業、アパレル; the policy\'s name is 现代轻工纺织. The Japanese name follows the seed.']),
 dict(id='software-information-services', tier='pillar', ja='ソフトウェア・情報サービス', zh='软件与信息服务', en='Software and information services',
  focus_en='Accelerate research and development of operating systems, databases, middleware and office software with proprietary intellectual property; focus technological innovation on industrial software such as CAD and EDA; promote innovation in big data, AI and blockchain (distributed ledgers).',
  areas_en='Led by the industrial clusters of Guangzhou and Shenzhen, promote the software industry in Zhuhai, Foshan, Huizhou, Dongguan and Yunfu.',
  targets=[('広州市、深セン市の産業集積がけん引する形で','named','hub',['Guangzhou','Shenzhen']),
           ('珠海市、仏山市、恵州市、東莞市、雲浮市のソフト産業を推進する','named','general',['Zhuhai','Foshan','Huizhou','Dongguan','Yunfu'])],
  notes=['Repaired name: the seed\'s cluster cell reads "ソフトリエア・ 育報", garbled from ソフトウエア・情報 (ウ read as リ, 情 as 育, plus a stray space). The Japanese name renders the official 软件与信息服务.']),
 dict(id='ultra-hd-video-display', tier='pillar', ja=None, zh='超高清视频显示', en='Ultra-HD video and display',
  focus_en='Support new display industries such as OLED, AMOLED, MicroLED, QLED, quantum dots, flexible displays and graphene displays. Promote innovation in core technologies such as video cameras, core chips, content production, signal transmission and terminal display.',
  areas_en='Using the construction of the ultra-HD industry development pilot zone, develop the industry in the Pearl River Delta, and grow upstream and downstream industries in the province\'s coastal areas and the north.',
  targets=[('珠江デルタで産業を発展させ','regional','hub','珠江デルタ'),
           ('省内の沿海部と北部で川上、川下産業を育成する','regional','general','沿海'),
           ('省内の沿海部と北部で川上、川下産業を育成する','regional','general','北部')],
  notes=['Interpretation: 沿海部 (the coastal areas) resolves to the 14 coastal cities and 北部 (the north) to the five northern cities; with the Pearl River Delta every one of the 21 cities is reached, none by name.']),
 dict(id='biomedicine-health', tier='pillar', ja=None, zh='生物医药与健康', en='Biomedicine and health',
  focus_en='Promote new business models such as precision medicine, AI+healthcare and the integration of medical and elderly care; build competitive industries in Lingnan traditional Chinese medicine, chemical drugs, biopharmaceuticals, high-end medical devices, biological and medical materials, in-vitro diagnostics, medical services and public health. Innovate core technologies in precision medicine, stem cells and new drug development.',
  areas_en='Guangzhou, Shenzhen, Zhuhai, Foshan, Huizhou, Dongguan, Zhongshan.',
  targets=[('広州市、深セン市、珠海市、仏山市、恵州市、東莞市、中山市','named','general',['Guangzhou','Shenzhen','Zhuhai','Foshan','Huizhou','Dongguan','Zhongshan'])],
  notes=['Repaired focus text: "AIX医療" has a Latin X where the policy means + (AI+医疗, AI plus healthcare); it reads AI+医療.']),
 dict(id='agriculture-food', tier='pillar', ja=None, zh='现代农业与食品', en='Modern agriculture and food',
  focus_en='Focus on grain, Lingnan fruit, vegetables, livestock and poultry, aquatic products, Chinese medicinal herbs, feed, speciality foods and beverages, flowers, tea, modern seed industry and condiments. Concentrate pineapple, lychee, tea, pomelo, live pigs and deep-sea cage fish farming in areas with competitive advantages. Accelerate speciality foods such as roasted, pickled, candied and dried goods, and central kitchens, instant foods and frozen foods.',
  areas_en='Rolled out as "one park per county, one industry per town, one product per village" (note: in each rural administrative unit, one industrial park per county, one industry per town and one speciality product per village).',
  targets=[('「一県一園、一鎮一産業、一村一品」(注)で展開する','regional','general','一県一園、一鎮一産業、一村一品')],
  notes=['Interpretation: the cell names no city; "one park per county, one industry per town, one product per village" applies to every rural county, so all 21 cities are regional targets.',
         'Source footnote (注): 農村部の行政区分(県、鎮、村)ごとに、1県で1カ所の産業園区、1鎮で1つの産業、1村で1つの特産品を育てる。']),
 dict(id='semiconductors-ics', tier='emerging', ja='半導体・集積回路', zh='半导体与集成电路', en='Semiconductors and integrated circuits',
  focus_en='Actively develop third-generation semiconductor chips, accelerate the localisation of EDA software, build large-scale production lines and actively develop advanced packaging and testing. Solve the shortage of semiconductor chips.',
  areas_en='Form a chip-design cluster centred on Guangzhou, Shenzhen and Zhuhai; strengthen manufacturing in Guangzhou and Shenzhen; accelerate third-generation semiconductors in Shenzhen, Zhuhai and Dongguan.',
  targets=[('広州市、深セン市、珠海市を中心に半導体チップ設計の産業クラスターを形成し','named','hub',['Guangzhou','Shenzhen','Zhuhai']),
           ('広州市、深セン市での製造を強化し','named','production',['Guangzhou','Shenzhen']),
           ('深セン市、珠海市、東莞市で第3世代半導体の発展を加速させる','named','general',['Shenzhen','Zhuhai','Dongguan'])],
  notes=['Repaired name: the seed writes the separator as "·" (U+00B7 middle dot); the Japanese name uses "・" (katakana middle dot).']),
 dict(id='high-end-equipment', tier='emerging', ja=None, zh='高端装备制造', en='High-end equipment manufacturing',
  focus_en='Focus on CNC machine tools, aircraft, satellites, rail transit equipment and marine engineering equipment.',
  areas_en='Guangzhou, Shenzhen, Zhuhai, Foshan, Dongguan, Zhongshan, Jiangmen, Yangjiang.',
  targets=[('広州市、深セン市、珠海市、仏山市、東莞市、中山市、江門市、陽江市','named','general',['Guangzhou','Shenzhen','Zhuhai','Foshan','Dongguan','Zhongshan','Jiangmen','Yangjiang'])],
  notes=[]),
 dict(id='intelligent-robots', tier='emerging', ja=None, zh='智能机器人', en='Intelligent robots',
  focus_en='Focus on industrial robots, service robots, special-purpose robots, drones and unmanned ships, and innovate core components such as reducers, servo motors and systems, and controllers.',
  areas_en='Research and development in Guangzhou and Shenzhen; production bases in Zhuhai, Foshan, Dongguan and Zhongshan.',
  targets=[('広州市、深セン市で研究開発を行い','named','rnd',['Guangzhou','Shenzhen']),
           ('珠海市、仏山市、東莞市、中山市で生産拠点を建設する','named','production',['Zhuhai','Foshan','Dongguan','Zhongshan'])],
  notes=[]),
 dict(id='blockchain-quantum', tier='emerging', ja=None, zh='区块链与量子信息', en='Blockchain and quantum information',
  focus_en='Innovate core blockchain technologies such as consensus algorithms, smart contracts, anti-counterfeiting and encryption, and promote trusted network infrastructure. In quantum information, research, develop and apply emerging technologies such as quantum computing, quantum precision measurement and quantum networks.',
  areas_en='Guangzhou, Shenzhen, Zhuhai, Foshan, Dongguan.',
  targets=[('広州市、深セン市、珠海市、仏山市、東莞市','named','general',['Guangzhou','Shenzhen','Zhuhai','Foshan','Dongguan'])],
  notes=[]),
 dict(id='frontier-materials', tier='emerging', ja=None, zh='前沿新材料', en='Frontier new materials',
  focus_en='Focus on cutting-edge new materials such as low-dimensional and nano materials, semiconductor materials, new electronic materials, metal materials, high-performance composites, new-energy materials and biomedical materials.',
  areas_en='Guangzhou, Shenzhen, Zhuhai, Foshan, Shaoguan, Dongguan, Zhanjiang, Qingyuan, Chaozhou.',
  targets=[('広州市、深セン市、珠海市、仏山市、韶関市、東莞市、湛江市、清遠市、潮州市','named','general',['Guangzhou','Shenzhen','Zhuhai','Foshan','Shaoguan','Dongguan','Zhanjiang','Qingyuan','Chaozhou'])],
  notes=[]),
 dict(id='new-energy', tier='emerging', ja=None, zh='新能源', en='New energy',
  focus_en='Develop competitive industries such as nuclear power, offshore wind and solar energy, accelerate emerging industries such as hydrogen, and promote the integrated development and use of biomass.',
  areas_en='Build the offshore power base in Yangjiang as a priority, and a solar-power manufacturing cluster in the Pearl River Delta. Build hydrogen industry bases in Guangzhou, Shenzhen, Foshan, Zhanjiang, Maoming and Yunfu.',
  targets=[('陽江市の洋上発電基地を重点的に建設し','named','hub',['Yangjiang']),
           ('珠江デルタ地域に太陽光発電関連の製造業クラスターを構築する','regional','production','珠江デルタ'),
           ('広州市、深セン市、仏山市、湛江市、茂名市、雲浮市に水素産業基地を建設する','named','production',['Guangzhou','Shenzhen','Foshan','Zhanjiang','Maoming','Yunfu'])],
  notes=['Interpretation: Yangjiang\'s offshore power base is the one site the cell builds "as a priority" (重点的に), so its role is "hub"; the solar manufacturing cluster (Pearl River Delta) and the hydrogen bases are "production".']),
 dict(id='laser-additive-manufacturing', tier='emerging', ja='レーザー・積層造形', zh='激光与增材制造', en='Laser and additive manufacturing',
  focus_en='Focus on cutting-edge technology, high-performance laser equipment, additive manufacturing equipment and systems, and their application technologies and services; innovate basic and special materials and key devices. Apply the innovations in aviation, electronic information, automobiles, shipbuilding, nuclear power, moulds, new energy, quantum information, medical devices and content.',
  areas_en='Besides the cores, Guangzhou and Shenzhen, form industrial agglomeration areas in Zhuhai, Foshan, Huizhou, Dongguan, Zhongshan and Jiangmen.',
  targets=[('中核となる広州市、深セン市','named','hub',['Guangzhou','Shenzhen']),
           ('珠海市、仏山市、恵州市、東莞市、中山市、江門市で産業集積エリアを形成する','named','production',['Zhuhai','Foshan','Huizhou','Dongguan','Zhongshan','Jiangmen'])],
  notes=['Repaired name: the seed\'s cluster cell is empty (lost in the PDF extraction, first row after the page break). By its position (seventh emerging row) and its focus areas (lasers, additive manufacturing) it is 激光与增材制造; the Japanese name レーザー・積層造形 renders the official name.']),
 dict(id='digital-creative', tier='emerging', ja='デジタルクリエイティブ', zh='数字创意', en='Digital creativity',
  focus_en='Promote applications of new technologies such as 5G, AI, big data and VR/AR; strengthen competitive industries such as games, animation and design; accelerate new business models such as games, live streaming and short video.',
  areas_en='Besides the cores, Guangzhou and Shenzhen, develop in Zhuhai, Shantou, Foshan, Dongguan and Zhongshan.',
  targets=[('中核となる広州市、深セン市','named','hub',['Guangzhou','Shenzhen']),
           ('珠海市、汕頭市、仏山市、東莞市、中山市で展開する','named','general',['Zhuhai','Shantou','Foshan','Dongguan','Zhongshan'])],
  notes=['Repaired name: the seed\'s cluster cell is empty. By its position (eighth emerging row) and its focus areas (games, animation, design, live streaming) it is 数字创意; the Japanese name デジタルクリエイティブ renders the official name.']),
 dict(id='safety-emergency-environmental', tier='emerging', ja='安全応急・環境保護', zh='安全应急与环保', en='Safety, emergency response and environmental protection',
  focus_en=None,
  areas_en='Set up technology R&D bases and headquarters functions in the Pearl River Delta, and form industrial clusters in the east, west and north of the province.',
  targets=[('珠江デルタに技術研究開発拠点と本社機能を設け','regional','rnd','珠江デルタ'),
           ('省東部、西部、北部に産業集積を形成する','regional','production','省東部'),
           ('省東部、西部、北部に産業集積を形成する','regional','production','西部'),
           ('省東部、西部、北部に産業集積を形成する','regional','production','北部')],
  notes=['Repaired name: the seed\'s cluster cell is empty. By its position (ninth emerging row) it is 安全应急与环保; the Japanese name 安全応急・環境保護 renders the official name.',
         'Missing data: the focus-areas cell is empty in the seed and stays empty here (shown as "not stated in the source table"). Supplement, not from the seed: the province\'s 2021-2025 action plan for this cluster (粤工信节能〔2020〕131号) describes it as safety/emergency and energy-saving/environmental products, equipment and services.']),
 dict(id='precision-instruments', tier='emerging', ja=None, zh='精密仪器设备', en='Precision instruments and equipment',
  focus_en='Innovate and industrialise core technologies such as the sensors, measurement and data acquisition used in industrial automation systems and large precision measuring and analytical instruments, and build a coherent ecosystem along the industrial chain.',
  areas_en='Led by the Pearl River Delta, develop jointly with the east and north of the province.',
  targets=[('珠江デルタが中心となり','regional','hub','珠江デルタ'),
           ('省東部、北部と共同で発展させる','regional','general','省東部'),
           ('省東部、北部と共同で発展させる','regional','general','北部')],
  notes=['Display name: the seed says 精密設備 (precision equipment); the policy\'s name is 精密仪器设备. The Japanese name follows the seed.']),
]
assert len(SPEC) == 20
TIER = {'支柱産業': 'pillar', '新興産業': 'emerging'}
out = []
tier_cell_seen = None
for spec, row in zip(SPEC, rows):
    tier_cell, name_cell, focus_cell, areas_cell = row
    seed = {k: (v if v != '' else None) for k, v in zip(['tier', 'name', 'focus', 'areas'], row)}
    notes = []
    if tier_cell: tier_cell_seen = tier_cell
    assert TIER[tier_cell_seen] == spec['tier'], spec['id']
    if not tier_cell:
        pass
    name_fixed = fix_spaces(name_cell)
    ja = spec['ja'] or name_fixed
    if spec['ja'] is None and name_fixed != name_cell:
        notes.append(f'Repaired name: stray space removed ("{name_cell}" -> "{name_fixed}").')
    focus_ja = None
    if focus_cell:
        focus_ja = fix_spaces(focus_cell).replace('AIX医療', 'AI+医療')
        if fix_spaces(focus_cell) != focus_cell:
            notes.append('Repaired focus text: stray spaces from PDF line breaks removed.')
    areas_ja = fix_spaces(areas_cell)
    for a, b in [('佛山', '仏山'), ('惠州', '恵州'), ('揭陽', '掲陽')]:
        areas_ja = areas_ja.replace(a, b)
    if fix_spaces(areas_cell) != areas_cell:
        broken = [m.group(0) for m in re.finditer(r'\S{1,2} \S{1,2}', areas_cell)]
        notes.append('Repaired target areas: stray spaces from PDF line breaks removed (' + ', '.join(f'"{b}"' for b in broken) + ').')
    variants = [v for v in ['佛山', '惠州', '揭陽'] if v in areas_cell]
    vnotes = {'佛山': '佛山 (Chinese form) normalised to 仏山, Foshan', '惠州': '惠州 (Chinese form) normalised to 恵州, Huizhou', '揭陽': '揭陽 (Chinese form) normalised to 掲陽, Jieyang'}
    for v in variants:
        notes.append(f'Variant characters: {vnotes[v]} in the repaired text.')
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
    out.append({
        'id': spec['id'], 'tier': spec['tier'],
        'name': {'ja': ja, 'zh': spec['zh'], 'en': spec['en']},
        'seed': seed,
        'focus': {'ja': focus_ja, 'en': spec['focus_en']},
        'areas': {'ja': areas_ja, 'en': spec['areas_en']},
        'targets': targets,
        'notes': [n for n in spec['notes'] if n.startswith('Repaired name')] + notes + [n for n in spec['notes'] if not n.startswith('Repaired name')],
    })
doc = {
  'source': {
    'title': '広東省の「戦略的な支柱産業と新興産業の産業クラスター育成・発展に関する意見」の主要内容',
    'publisher': 'JETRO (日本貿易振興機構), ビジネス短信 添付資料',
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
    for n in c['notes']: print('   ', n[:150])
