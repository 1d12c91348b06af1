/** Demo news of Guba (see index.ts). */
import type { SeedNews } from '../types.js';
import { COVER_HEIGHT, COVER_WIDTH } from './cover.js';

export const gubaNews: SeedNews[] = [
  {
    id: '5a661a78-0bbd-4148-83cb-91fc45c34fe9',
    authority: 'guba',
    publishedAt: '2026-09-02T08:20:00Z',
    cover: {
      file: 'guba-gas-line.svg',
      alt: {
        az: 'Dağ kəndinə uzanan sarı qaz borusu',
        en: 'A yellow gas pipe running to a mountain village',
        ru: 'Жёлтая газовая труба, ведущая к горному селу',
      },
      width: COVER_WIDTH,
      height: COVER_HEIGHT,
    },
    title: {
      az: 'Quba rayonunun üç dağ kəndi təbii qazla təmin olunub',
      en: 'Three mountain villages in Guba district connected to the gas supply',
      ru: 'Три горных села Губинского района подключены к газоснабжению',
    },
    summary: {
      az: 'Uzunluğu 18 kilometr olan yeni qaz xətti 640 ailəni təbii qazla təmin edir. Sakinlər bu qışı odunla deyil, qazla qarşılayacaqlar.',
      en: 'The new 18-kilometre gas line supplies 640 households. This winter residents will heat their homes with gas rather than firewood.',
      ru: 'Новый газопровод протяжённостью 18 километров обеспечивает газом 640 семей. Этой зимой жители будут отапливать дома газом, а не дровами.',
    },
    body: {
      az: [
        'Quba rayonunun dağlıq hissəsində yerləşən üç kəndə ümumi uzunluğu 18 kilometr olan yeni qaz xətti çəkilib. Bununla 640 ailə ilk dəfə təbii qazla təmin olunub.',
        'Çətin relyef üzündən xəttin bir hissəsi dərələrin üzərindən metal dayaqlarla keçirilib. Hər evə ağıllı qaz sayğacı quraşdırılıb.',
        'Əvvəllər kənd sakinləri qışda evlərini əsasən odunla qızdırırdılar. Qazlaşdırma həm ailələrin xərclərini azaldacaq, həm də meşələrin qorunmasına kömək edəcək.',
        'Xəttin istifadəyə verilməsi mərasimində icra başçısı sakinlərlə görüşüb, qazdan təhlükəsiz istifadə qaydaları barədə məlumat kitabçaları paylanıb.',
      ],
      en: [
        'A new gas line with a total length of 18 kilometres has been laid to three villages in the mountainous part of Guba district, bringing mains gas to 640 households for the first time.',
        'Because of the rugged terrain, part of the line crosses ravines on steel supports. A smart gas meter has been installed in every home.',
        "Until now villagers heated their homes in winter mainly with firewood. Gas will cut families' costs and help protect the forests.",
        'At the ceremony marking the launch of the line the head of the executive power met residents, and leaflets on using gas safely were handed out.',
      ],
      ru: [
        'К трём сёлам в горной части Губинского района проложен новый газопровод общей протяжённостью 18 километров. Благодаря ему 640 семей впервые получили природный газ.',
        'Из-за сложного рельефа часть трассы проходит над ущельями на металлических опорах. В каждом доме установлен умный газовый счётчик.',
        'Раньше жители сёл зимой отапливали дома в основном дровами. Газификация снизит расходы семей и поможет сберечь леса.',
        'На церемонии запуска газопровода глава исполнительной власти встретился с жителями, им раздали памятки о правилах безопасного пользования газом.',
      ],
    },
  },
  {
    id: '356132ac-3eb8-45a1-b14e-ef036aa564b1',
    authority: 'guba',
    publishedAt: '2026-09-10T07:35:00Z',
    cover: {
      file: 'guba-kindergarten.svg',
      alt: {
        az: 'Rəngarəng ikimərtəbəli uşaq bağçası binası və yelləncək',
        en: 'A colourful two-storey kindergarten building with a swing',
        ru: 'Яркое двухэтажное здание детского сада и качели',
      },
      width: COVER_WIDTH,
      height: COVER_HEIGHT,
    },
    title: {
      az: 'Qubada 120 yerlik yeni uşaq bağçası açılıb',
      en: 'New 120-place kindergarten opens in Guba',
      ru: 'В Губе открылся новый детский сад на 120 мест',
    },
    summary: {
      az: 'Bağçada altı qrup otağı, musiqi və idman zalları, tibb otağı var. Burada üç yaşdan altı yaşadək uşaqlar tərbiyə alacaq.',
      en: 'The kindergarten has six group rooms, a music room, a gym and a medical room. It will take children aged three to six.',
      ru: 'В детском саду шесть групповых комнат, музыкальный и спортивный залы, медицинский кабинет. Его будут посещать дети от трёх до шести лет.',
    },
    body: {
      az: [
        'Quba şəhərinin yeni yaşayış massivində 120 uşaq üçün nəzərdə tutulmuş məktəbəqədər təhsil müəssisəsi istifadəyə verilib. Massivdə yaşayan gənc ailələr uzun müddətdir ki, yaxınlıqda bağça olmamasından şikayətlənirdilər.',
        'İkimərtəbəli binada altı qrup otağı, yataq otaqları, musiqi və idman zalları, tibb otağı və mətbəx yerləşir. Həyətdə hər qrup üçün ayrıca oyun meydançası və kölgəlik salınıb.',
        'Uşaqlara gündə dörd dəfə isti yemək veriləcək, menyu pediatrlarla razılaşdırılıb. Qruplarda məşğələlər Azərbaycan və rus dillərində aparılacaq.',
        'Uşağı bağçaya yazdırmaq üçün valideynlər elektron ərizə təqdim edə bilərlər. Ərizələrin qəbulu sentyabrın sonunadək davam edəcək.',
      ],
      en: [
        'A preschool for 120 children has opened in a new residential area of Guba. Young families living there had long complained that there was no kindergarten nearby.',
        'The two-storey building houses six group rooms, nap rooms, a music room, a gym, a medical room and a kitchen. In the yard each group has its own playground and a shaded shelter.',
        'Children will get four hot meals a day, on a menu agreed with paediatricians. Groups will be taught in Azerbaijani and in Russian.',
        'Parents can enrol their children by submitting an online application. Applications are accepted until the end of September.',
      ],
      ru: [
        'В новом жилом массиве Губы открылось дошкольное учреждение на 120 детей. Молодые семьи, живущие в массиве, давно жаловались на отсутствие детского сада поблизости.',
        'В двухэтажном здании разместились шесть групповых комнат, спальни, музыкальный и спортивный залы, медицинский кабинет и кухня. Во дворе для каждой группы оборудованы своя игровая площадка и теневой навес.',
        'Детей будут кормить горячей едой четыре раза в день, меню согласовано с педиатрами. Занятия в группах будут вестись на азербайджанском и русском языках.',
        'Записать ребёнка в детский сад родители могут, подав электронное заявление. Приём заявлений продлится до конца сентября.',
      ],
    },
  },
  {
    id: 'a475d312-7d7c-4013-a38e-746b9309aab4',
    authority: 'guba',
    publishedAt: '2026-10-04T12:45:00Z',
    cover: {
      file: 'guba-apple-festival.svg',
      alt: {
        az: 'Alma ağacının altında qırmızı və sarı almalarla dolu səbət',
        en: 'A basket of red and yellow apples under an apple tree',
        ru: 'Корзина с красными и жёлтыми яблоками под яблоней',
      },
      width: COVER_WIDTH,
      height: COVER_HEIGHT,
    },
    title: {
      az: 'Quba Alma Festivalı minlərlə qonağı bir araya gətirib',
      en: 'Guba Apple Festival brings together thousands of visitors',
      ru: 'Губинский фестиваль яблок собрал тысячи гостей',
    },
    summary: {
      az: 'Festivalda rayonun 40-dan çox bağçılıq təsərrüfatı məhsullarını nümayiş etdirib, ən iri alma və ən dadlı alma mürəbbəsi müsabiqələri keçirilib.',
      en: 'More than 40 local orchards showed their produce, and there were contests for the biggest apple and the tastiest apple jam.',
      ru: 'Более 40 садоводческих хозяйств района представили свою продукцию, прошли конкурсы на самое крупное яблоко и самое вкусное яблочное варенье.',
    },
    body: {
      az: [
        'Ənənəvi Quba Alma Festivalı bu il oktyabrın 3-də şəhərin mərkəzi parkında keçirilib. Festivala rayon sakinləri ilə yanaşı, Bakıdan, digər bölgələrdən və xarici ölkələrdən gələn turistlər də qatılıb.',
        'Sərgi meydançasında 40-dan çox bağçılıq təsərrüfatı yerli «Qızıl əhmədi»dən tutmuş Simirenkoya qədər müxtəlif alma sortlarını, həmçinin alma şirəsi, sirkəsi, qurusu və mürəbbəsini təqdim edib. Qonaqlar təzə məhsulu birbaşa bağbanın özündən ala biliblər.',
        'Festival çərçivəsində ən iri alma və ən dadlı mürəbbə müsabiqələri keçirilib, qaliblər mükafatlandırılıb. Səhnədə yerli folklor kollektivləri çıxış edib, uşaqlar üçün ustad dərsləri və oyunlar təşkil olunub.',
        'İcra başçısı bildirib ki, festival həm bağbanların gəlirinin artmasına, həm də Qubanın turizm imkanlarının tanıdılmasına xidmət edir.',
      ],
      en: [
        "This year the traditional Guba Apple Festival was held on 3 October in the town's central park. Alongside local residents, it drew tourists from Baku, other regions and abroad.",
        'At the fair more than 40 orchards presented many varieties of Guba apples, from the local Gyzyl Ahmadi to Simirenko, as well as apple juice, vinegar, dried apples and jam. Visitors could buy fresh fruit straight from the growers.',
        'The programme included contests for the biggest apple and the tastiest jam, with prizes for the winners. Local folk ensembles performed on stage, and there were workshops and games for children.',
        "The head of the executive power said that the festival both raises growers' incomes and helps make Guba better known as a place to visit.",
      ],
      ru: [
        'В этом году традиционный Губинский фестиваль яблок прошёл 3 октября в центральном парке города. Помимо жителей района, на праздник приехали туристы из Баку, других регионов и из-за рубежа.',
        'На ярмарке более 40 садоводческих хозяйств представили губинские яблоки разных сортов — от местного «Гызыл ахмеди» до симиренко, а также яблочный сок, уксус, сушёные яблоки и варенье. Свежий урожай гости могли купить прямо у садоводов.',
        'В программе были конкурсы на самое крупное яблоко и самое вкусное варенье, победителей наградили призами. На сцене выступили местные фольклорные коллективы, для детей провели мастер-классы и игры.',
        'Глава исполнительной власти отметил, что фестиваль помогает и увеличить доходы садоводов, и рассказать о туристических возможностях Губы.',
      ],
    },
  },
  {
    // Deliberately without ru (see the comment at the top of this file).
    id: 'b6346da9-a6ec-4a49-9f62-e1dc153e2d5b',
    authority: 'guba',
    publishedAt: '2026-10-23T10:30:00Z',
    cover: {
      file: 'guba-mountain-trails.svg',
      alt: {
        az: 'Dağların arası ilə uzanan nişanlanmış cığır və istiqamət göstəricisi',
        en: 'A waymarked trail winding through the mountains, with a signpost',
      },
      width: COVER_WIDTH,
      height: COVER_HEIGHT,
    },
    title: {
      az: 'Qubanın dağ kəndlərinə aparan piyada marşrutları nişanlanıb',
      en: "Hiking routes to Guba's mountain villages are now waymarked",
    },
    summary: {
      az: 'Təngəaltı, Qəçrəş və Xınalıq istiqamətlərində ümumi uzunluğu 65 kilometr olan altı marşrut nişanlar və məlumat lövhələri ilə təchiz edilib.',
      en: 'Six routes with a combined length of 65 kilometres, towards Tangaalti, Gachrash and Khinalig, now have waymarks and information boards.',
    },
    body: {
      az: [
        'Quba Rayon İcra Hakimiyyəti turizm sahəsində çalışan yerli sahibkarlar və könüllü alpinistlərlə birlikdə rayonun dağlıq hissəsində altı piyada marşrutunu nişanlayıb. Marşrutlar Təngəaltı dərəsi, Qəçrəş meşələri və Xınalıq istiqamətlərini əhatə edir.',
        'Hər marşrutun başlanğıcında xəritə, məsafə, çətinlik dərəcəsi və fövqəladə hallar üçün əlaqə nömrələri olan məlumat lövhəsi qoyulub. Yol boyu ağaclara və qayalara rəngli nişanlar vurulub, çayların üzərindəki taxta körpücüklər təmir olunub.',
        'Marşrutlardan biri ailələr üçün nəzərdə tutulub və cəmi üç saatlıq yürüşdür, digərləri isə təcrübəli turistlər üçün iki-üç günlük keçidlərdir. Bütün marşrutların GPS izləri icra hakimiyyətinin saytında yerləşdirilib.',
        'Payızda dağlarda hava tez dəyişir. Turistlərə yola çıxmazdan əvvəl hava proqnozunu yoxlamaq, isti geyim götürmək və marşrut barədə yaxınlarına xəbər vermək tövsiyə olunur.',
      ],
      en: [
        "Together with local tourism businesses and volunteer mountaineers, the Guba District Executive Power has waymarked six hiking routes in the district's mountains. They lead to the Tangaalti gorge, the forests around Gachrash and Khinalig.",
        'At the start of each route an information board shows a map, the distance, the difficulty and emergency phone numbers. Painted waymarks have been added to trees and rocks along the way, and the wooden footbridges over streams have been repaired.',
        "One route is meant for families and takes only about three hours; the others are two- or three-day treks for experienced hikers. GPS tracks for all of them are available on the executive power's website.",
        'In autumn the mountain weather changes quickly. Hikers are advised to check the forecast, pack warm clothing and tell someone their route before setting out.',
      ],
    },
  },
  {
    id: 'bb1ed340-f3b7-4a2e-8e50-d949114b85ad',
    authority: 'guba',
    publishedAt: '2026-11-20T09:05:00Z',
    cover: {
      file: 'guba-riverside-walk.svg',
      alt: {
        az: 'Çay sahili boyunca fənərli piyada yolu və körpü',
        en: 'A riverside footpath with street lamps and a bridge',
        ru: 'Пешеходная дорожка вдоль реки с фонарями и мостом',
      },
      width: COVER_WIDTH,
      height: COVER_HEIGHT,
    },
    title: {
      az: 'Qudyalçay sahilində piyada yolu və velosiped zolağı yenidən qurulub',
      en: 'Riverside footpath and cycle lane along the Gudyalchay rebuilt',
      ru: 'На берегу Гудъялчая реконструированы пешеходная дорожка и велодорожка',
    },
    summary: {
      az: '1,8 kilometrlik sahil zolağında yeni səki örtüyü, velosiped yolu, işıqlandırma və istirahət guşələri var. Yol Quba şəhərini Qırmızı Qəsəbə ilə birləşdirən körpüyədək uzanır.',
      en: 'The 1.8-kilometre stretch now has new paving, a cycle lane, lighting and places to rest. It runs all the way to the bridge that links Guba with Qirmizi Qasaba.',
      ru: 'На участке длиной 1,8 километра уложено новое покрытие, появились велодорожка, освещение и места для отдыха. Дорожка тянется до моста, соединяющего Губу с Красной Слободой.',
    },
    body: {
      az: [
        'Quba şəhərində Qudyalçayın sahili boyunca uzanan piyada yolunun yenidən qurulması başa çatıb. Köhnə, çatlamış beton plitələr sökülüb, əvəzində sürüşməyən daş örtük döşənib.',
        'Piyada yolunun yanında ayrıca velosiped zolağı salınıb, sahil boyunca oturacaqlar, zibil qutuları və LED işıqlandırma quraşdırılıb. Hündürlük fərqi olan yerlərdə pilləkənlərin yanında uşaq və əlil arabaları üçün panduslar tikilib.',
        'Daşqın riskini azaltmaq üçün sahilin zəif hissələri daş hörgü ilə möhkəmləndirilib. İşlər zamanı sahildəki qoca çinar ağacları qorunub saxlanılıb.',
        'Yeni sahil yolu Quba şəhərini Qırmızı Qəsəbə ilə birləşdirən körpüyədək rahat gəzinti imkanı yaradır. Onun sakinlərlə yanaşı turistlərin də sevimli istirahət yerinə çevriləcəyi gözlənilir.',
      ],
      en: [
        'Reconstruction of the footpath along the Gudyalchay river in Guba has been completed. The old, cracked concrete slabs have been taken up and replaced with non-slip stone paving.',
        'A separate cycle lane has been built next to the footpath, and benches, litter bins and LED lighting have been installed along the bank. Where the ground changes level, ramps for pushchairs and wheelchairs have been built beside the steps.',
        'To reduce the risk of flooding, weak sections of the bank have been reinforced with stone walling. The old plane trees along the river were protected throughout the works.',
        'The riverside now makes for a pleasant walk all the way to the bridge that links Guba with Qirmizi Qasaba, also known as Krasnaya Sloboda. It is expected to become a favourite spot for visitors as well as residents.',
      ],
      ru: [
        'В Губе завершилась реконструкция пешеходной дорожки вдоль берега реки Гудъялчай. Старые растрескавшиеся бетонные плиты демонтированы, вместо них уложено нескользящее каменное покрытие.',
        'Рядом с пешеходной дорожкой проложена отдельная велодорожка, вдоль берега установлены скамейки, урны и светодиодное освещение. Там, где есть перепад высот, рядом со ступенями построены пандусы для детских и инвалидных колясок.',
        'Чтобы снизить риск паводков, слабые участки берега укреплены каменной кладкой. Старые платаны на берегу во время работ сохранили.',
        'Теперь вдоль реки можно с удобством прогуляться до самого моста, соединяющего Губу с Красной Слободой. Ожидается, что набережная станет любимым местом отдыха не только жителей, но и туристов.',
      ],
    },
  },
];
