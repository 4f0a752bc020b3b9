import type { Term } from '../scoring/text-matching.ts';

/**
 * Symptom words for triage, in ro, en, de, fr, it, es, hu (matched without diacritics; `*` marks a prefix). Red flags are
 * found either as a phrase or as two groups in the same clause ("jaw" + "broken", "breathe" + "can not"), so word order
 * and inflection matter less. Crisis words are in crisis-lexicon.ts.
 */

export const FEVER_TERMS: readonly Term[] = [
  'febra', 'febril*', 'temperatura', 'fever', 'feverish', 'temperature', 'fieber', 'fievre', 'febbre', 'fiebre', 'calentura',
  'temp', 'fieber*', 'fiebrig', 'febbr*', 'fievreu*', 'febr*',
  'fiorii', 'ma trec fiori*', 'am fiori', 'fiori de frig', 'laz', 'lazas', 'lazam', 'lazat', '*lazas*', 'frison*', 'frisoa*', 'chills', 'shiver*', 'schuttelfrost', 'frissons', 'brivid*', 'escalofrio*', 'hidegraz*',
  // the body hot or shaking, said plainly ("I'm burning up", "ard tot", "ich glühe", "je suis brûlant")
  'burning up', 'he s roasting', 'she s roasting', 'he is roasting', 'she is roasting', 'i m roasting', 'im roasting', 'i am roasting', 'feel hot', 'feels hot', 'feeling hot', 'i am hot', 'im hot', 'so hot', 'boiling up', 'hot and cold', 'shaking', 'sweats',
  'fierbinte*', 'fierbinteala', 'ard tot', 'ma ia cu frig', 'tremur*', 'gluh*', 'heiss', 'hitze*', 'schwitz*', 'brulant*', 'je brule',
  'j ai chaud', 'bollente', 'scotto', 'scotta', 'sudo', 'sudav*', 'battevo i denti', 'dal freddo', 'clantan*', 'zahneklappern', 'teeth chattering', 'claquer des dents', 'castanete*', 'ardiendo', 'caliente', 'sudando', 'forro vagyok', 'forrosag*', 'remeg*',
];

/**
 * Fever denied after the word ("febră n-am avut deloc", "fever I haven't had", "Fieber hatte ich keins"):
 * a "have not had" phrase right after the fever word (within two words, same clause). Only having is
 * denied: "febra nu scade", "fever won't go down" keep the fever.
 */
export const FEVER_DENIED_AFTER_TERMS: readonly Term[] = [
  'n am avut', 'nu am avut', 'n am deloc', 'nu am deloc', 'nu a fost', 'n a fost', 'n am mai avut', 'nu am mai avut',
  'none', 'i have not had', 'have not had', 'not had any', 'i did not have', 'did not have', 'i have not got',
  'hatte ich keins', 'hatte ich keines', 'hatte ich nicht', 'habe ich keins', 'hab ich keins', 'hab ich nicht', 'habe ich nicht', 'keins', 'keines',
  'je n en ai pas', 'j en ai pas', 'je n ai pas eu', 'pas eu', 'non ne ho', 'non l ho avuta', 'non ho avuto', 'non ne ho avuta',
  'no he tenido', 'no tengo', 'no tuve', 'no he tenido nada', 'nem volt', 'nincs', 'nem volt lazam',
];

/**
 * A fever or swelling said to be over, right after its word ("fever's gone", "the swelling went down", "febra a trecut",
 * "das Fieber ist weg", "la fièvre est tombée", "la febbre è passata", "se me quitó la fiebre", "a láz elmúlt"): that
 * mention is not a symptom now. Only when the phrase ends there (SYMPTOM_OVER_FILLER_TERMS at most, up to the clause's
 * end or an "and"/"but"), so "the swelling has gone down to my neck", "fever has gone up to 39" or "gone down a bit" keep
 * the symptom; so does a negated one ("hasn't gone"), one asked about, and one that came back (SYMPTOM_BACK_TERMS after it).
 */
export const SYMPTOM_OVER_TERMS: readonly Term[] = [
  'gone', 'went away', 'gone away', 'disappeared', 'cleared', 'cleared up', 'passed', 'went down', 'gone down', 'come down', 'came down',
  'settled', 'settled down', 'subsided', 'resolved',
  'a trecut', 'au trecut', 'a disparut', 'au disparut', 's a dus', 'a scazut', 's a retras', 's a dezumflat', 'a cedat',
  'ist weg', 'sind weg', 'schon weg', 'ganz weg', 'komplett weg', 'wieder weg', 'vorbei', 'verschwunden', 'zuruckgegangen', 'abgeklungen', 'abgeschwollen', 'gesunken', 'runter',
  'partie', 'parti', 'disparu', 'disparue', 'passee', 'tombee', 'retombee', 'degonfle', 'degonflee',
  'passata', 'passato', 'sparita', 'sparito', 'andata via', 'andato via', 'scomparsa', 'scomparso', 'scesa', 'sgonfiat*',
  'se fue', 'se me fue', 'se ha ido', 'desaparecio', 'ha desaparecido', 'se paso', 'ya paso', 'se quito', 'se me quito', 'bajo', 'ha bajado',
  'elmult', 'megszunt', 'lement', 'lelohadt',
];
/** What may follow a SYMPTOM_OVER_TERMS phrase without reopening it: "too", "now", "completely", "complet", "schon", "déjà". */
export const SYMPTOM_OVER_FILLER_TERMS: readonly Term[] = [
  'too', 'now', 'completely', 'already', 'entirely', 'totally', 'fully', 'as well', 'also', 'thankfully', 'luckily', 'finally', 'at last', 'by now',
  'complet', 'cu totul', 'de tot', 'deja', 'acum', 'total', 'in sfarsit', 'slava domnului', 'din fericire',
  'schon', 'jetzt', 'komplett', 'ganz', 'vollig', 'auch', 'endlich', 'zum gluck', 'gott sei dank',
  'maintenant', 'completement', 'aussi', 'enfin', 'totalement', 'heureusement',
  'gia', 'ora', 'adesso', 'completamente', 'anche', 'del tutto', 'finalmente', 'per fortuna',
  'ya', 'ahora', 'tambien', 'del todo', 'por fin', 'por suerte', 'gracias a dios',
  'mar', 'most', 'teljesen', { term: 'is', langs: ['hu'] }, 'vegre', 'szerencsere',
];
/** The symptom came back ("it's back", "a revenit", "wieder da"): said after it was over, the symptom is current. */
export const SYMPTOM_BACK_TERMS: readonly Term[] = [
  'came back', 'come back', 'coming back', 'is back', 'back again', 'returned', 'again', 'a revenit', 'au revenit', 'revine', 'a reaparut', 'din nou',
  'wieder da', 'wiedergekommen', 'zuruckgekommen', 'wieder', 'revenu', 'revenue', 'de nouveau', 'a nouveau', 'tornata', 'tornato', 'di nuovo',
  'volvio', 'ha vuelto', 'de nuevo', 'otra vez', 'ujra', 'visszajott',
];

/** 38 to 41 written out (normalised): "treizeci și nouă", "thirty-nine", "neununddreißig", "trente-neuf", "trentanove", "treinta y nueve", "harminckilenc". */
const FEVER_WHOLE_WORDS = [
  'treizeci\\s+si\\s+(?:opt|noua)', 'patruzeci(?:\\s+si\\s+unu)?',
  'thirty[\\s-]+(?:eight|nine)', 'forty(?:[\\s-]+one)?',
  '(?:acht|neun)unddreissig', '(?:einund)?vierzig',
  'trente[\\s-]+(?:huit|neuf)', 'quarante(?:[\\s-]+et[\\s-]+un)?',
  'trent(?:otto|anove)', 'quarant(?:a|uno)',
  'treinta\\s+y\\s+(?:ocho|nueve)', 'cuarenta(?:\\s+y\\s+uno)?',
  'harminc(?:nyolc|kilenc)', 'negyven(?:egy)?',
].join('|');
/** Tenths said as a word, two to nine ("virgulă cinci", "Komma fünf", "point five"). */
const TENTH_WORDS = [
  'doi', 'doua', 'trei', 'patru', 'cinci', 'sase', 'sapte', 'opt', 'noua',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'zwei', 'drei', 'vier', 'funf', 'sechs', 'sieben', 'acht', 'neun',
  'deux', 'trois', 'quatre', 'cinq', 'sept', 'huit', 'neuf',
  'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove',
  'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve',
  'ketto', 'harom', 'negy', 'ot', 'hat', 'het', 'nyolc', 'kilenc',
].join('|');
/** 38 to 41, in digits or words. */
const FEVER_WHOLE = `(?:(?<![\\d.,])(?:3[89]|4[01])|(?<!\\p{L})(?:${FEVER_WHOLE_WORDS}))`;
const FEVER_TENTH = `(?:[1-9](?![\\d.,])|(?:${TENTH_WORDS})(?!\\p{L}))`;

/**
 * A body temperature written as a number, on the normalised text (no diacritics): 38.5, 39,2, 38 °C,
 * 39 de grade, 39 of degrees, 39 fok, 39 gradi, 38 grados, 39 degrés, "38 și 7", "neununddreißig Komma
 * fünf", "treizeci și nouă și opt" (a whole number needs its degree word or tenths: "am 39 de ani" is an
 * age). Fahrenheit 100 to 105 with its unit, or as "a hundred and two" ending the clause.
 */
export const FEVER_NUMBER = new RegExp(
  [
    `${FEVER_WHOLE}(?:[.,]\\d)?\\s*(?:(?:de|of)\\s+)?(?:°|º|(?:grade|grad|gradi|grados|degrees?|degres?|fok\\p{L}*|c)(?!\\p{L}))`,
    `(?<![\\d.,])(?:3[89]|4[01])[.,]\\d(?![\\d.,])`,
    `${FEVER_WHOLE}\\s+(?:e\\s+mezzo|si\\s+jumatate|and\\s+a\\s+half|et\\s+demi|y\\s+medio|es\\s+fel|(?:komma|virgula|virgule|virgola|coma|point|punto|punct|egesz|si|e|y|et)\\s+${FEVER_TENTH})`,
    `(?<![\\d.,])10[0-5](?:[.,]\\d)?\\s*(?:°\\s*f?|º\\s*f?|f|fahrenheit|degrees?)(?!\\p{L})`,
    `(?<!\\p{L})(?:a|one)\\s+hundred\\s+(?:and\\s+)?(?:one|two|three|four|five)(?:\\s+point\\s+${FEVER_TENTH})?(?=\\s*(?:degrees?|f|fahrenheit)?\\s*(?:[.,;!?\\n]|$))`,
  ].join('|'),
  'iu',
);

export const SWELLING_TERMS: readonly Term[] = [
  'umfla*', 'tumefact*', 'swollen', 'swelling', 'swelled', 'geschwollen', 'schwellung', 'dicke backe',
  'gonfl*', 'enfl*', 'gonfi*', 'hinchad*', 'hinchazon', 'inflamad*', '*dagad*', '*duzzad*',
  // puffed-up cheek; German and Italian participles with a prefix (angeschwollen, tumefatto); se hinchó
  'puffy', 'puffed', 'puffing', '*geschwollen', 'tumefatt*', 'tumefi*', 'hincho', 'hinchado', 'se hincha*',
  // idioms and misspellings: "my face blew up", "cheek ballooned", "swolen", "s-a buhăit", "aufgequollen", "hinchao"
  'blew up', 'blown up', 'balloon*', 'swol*', 'swel*', 'buhai*', 'bombat*', '*schwell*', '*schwoll*', 'aufgequollen', 'aufgedunsen',
  'dick geworden', 'boursoufl*', 'hinch*', 'feldagad*', 'megdagad*',
  // puffiness, a face gone lopsided, doubled in size ("ma joue a doublé de volume")
  'puffiness', 'gone lopsided', 'gone all lopsided', 'face is lopsided', 'face lopsided', 'double de volume', 'double de taille',
  'doubled in size', 'double in size', 'twice the size', 'twice its normal size', 's a dublat in volum', 'dublu de mare', 'doppelt so dick',
  'doppelt so gross', 'raddoppiata di volume', 'raddoppiato di volume', 'el doble de grande', 'el doble de su tamano', 'doble de tamano',
  // grown bigger ("mi s-a mărit fața", "my cheek got bigger", "la joue a grossi", "si è ingrossata la guancia", "se me infló la cara")
  'marit fata', 'marit obrazul', 'marit falca', 'marit gingia', 'fata marita', 'obrazul marit', 'fata mi s a marit', 'obrazul mi s a marit',
  'falca mi s a marit', 'face got bigger', 'cheek got bigger', 'face is bigger', 'cheek is bigger', 'face has got bigger', 'jaw got bigger',
  'face looks bigger', 'cheek looks bigger', 'backe ist dicker', 'backe dicker', 'gesicht ist dicker', 'dicker geworden', 'joue a grossi',
  'visage a grossi', 'machoire a grossi', 'ingrossat*', 'cara inflada', 'mejilla inflada', 'cachete inflado', 'se me inflo', 'se me ha inflado',
  'megnagyobbodott', 'megnott az arcom',
  // a lump or a hard bump where there was none
  'lump', 'lumps', 'cucui', 'beule', 'bosse', 'bozzo', 'bulto', 'csomo',
  { term: 'dick', langs: ['de'] },
];

/**
 * A symptom said to be easing, gone or much better ("durerea scade de la o zi la alta", "the pain is getting better", "der Schmerz lässt
 * nach", "la douleur diminue"): one of the MILD_SYMPTOM_TERMS, and the only mildness a pain may have (a pain "a bit" is still pain).
 */
export const EASING_SYMPTOM_TERMS: readonly Term[] = [
  // easing or gone
  'scade', 'a scazut', 'se retrage', 's a retras', 'se reduce', 's a redus', 'a trecut', 'a disparut', 'going down', 'gone down',
  'went down', 'easing', 'getting better', 'is gone', 'has gone', 'geht zuruck', 'nimmt ab', 'lasst nach', 'weg', 'wird besser',
  'degonfle', 'diminue', 'disparu', 'va mieux', 'sta calando', 'cala', 'diminuisce', 'sparito', 'passato', 'va meglio', 'bajando',
  'ha bajado', 'disminuye', 'desaparecido', 'mejorando', 'csokken', 'lohad*', 'elmult',
  // much better now ("azi e mult mai bine", "heute schon viel besser")
  'mult mai bine', 'acum e mai bine', 'azi e mai bine', 'e mai bine azi', 'e mai bine acum', 'much better', 'a lot better', 'better today',
  'better now', 'viel besser', 'schon besser', 'heute besser', 'beaucoup mieux', 'mieux aujourd hui', 'molto meglio', 'meglio oggi',
  'mucho mejor', 'mejor hoy', 'sokkal jobb*', 'mar jobb*',
  // less and less, improving day by day ("tot mai puțin", "de moins en moins", "egyre kevésbé")
  'tot mai putin', 'din ce in ce mai putin', 'less and less', 'improving', 'immer weniger', 'bessert sich', 'lassen nach', 'nachgelassen',
  'nehmen ab', 'werden besser', 'de moins en moins', 's ameliore', 'diminu*', 'sempre meno', 'migliora', 'sta migliorando', 'cada vez menos',
  'mejora', 'disminu*', 'va a menos', 'egyre kevesebb*', 'egyre kevesbe', 'egyre kisebb', 'enyhul*', 'javul*', 'se amelioreaza', 'se imbunatateste',
];

/**
 * A swelling said to be slight or easing: "un pic umflat", "a bit puffy", "etwas dick", "un poco
 * hinchada", "ça dégonfle", "die Schwellung ist weg". Without fever or pain, after a treatment, it is
 * the expected course, a question rather than an acute need; it never cancels a red flag.
 */
export const MILD_SYMPTOM_TERMS: readonly Term[] = [
  // slight
  'putin', 'un pic', 'usor', 'usoara', 'a bit', 'a little', 'a tad', 'slightly', 'slight', 'mild', 'mildly', 'etwas', 'leicht*',
  'bisschen', 'ein wenig', 'un peu', 'legerement', 'leger', 'legere', 'un po', 'poco', 'leggermente', 'lieve', 'un poco', 'un poquito',
  'ligeramente', 'leve', 'kicsit', 'kisse', 'enyhen', 'enyhe',
  // easing, gone, much better
  ...EASING_SYMPTOM_TERMS,
  // the swelling gone down ("s-a dezumflat complet", "abgeschwollen", "se ha deshinchado")
  'dezumfla*', 'desumfla*', 'deflated', 'gone down completely', 'abgeschwollen', 'degonfl*', 'sgonfi*', 'deshinch*', 'desinflam*', 'lelohad*',
];

/**
 * Where swelling becomes dangerous whatever the temperature: spreading to the eye, the neck, the
 * throat, under the tongue (the airway). In the same clause as a swelling word, or with a "spreads" verb.
 */
export const SWELLING_SPREAD_AREA_TERMS: readonly Term[] = [
  'ochi*', 'pleoap*', 'gat*', 'gatul', 'limba', 'sub limba', 'eye', 'eyes', 'eyelid*', 'neck', 'throat', 'tongue', 'under my tongue',
  'auge*', 'augenlid*', 'hals*', 'zunge*', 'oeil', 'yeux', 'paupiere*', 'cou', 'gorge', 'langue', 'occhi*', 'palpebr*', 'collo', 'gola',
  'lingua', 'ojo*', 'parpado*', 'cuello', 'garganta', 'lengua', 'szem', 'szemem', 'szemig', 'szemhej*', 'nyak*', 'torok*', 'torkom', 'nyelv*',
];
/**
 * One eye closed by the swelling ("ochiul parcă s-a închis pe jumătate", "his eye is swollen shut", "das Auge ist zugeschwollen"):
 * an eye (singular: closing one's eyes is done on purpose) and a shutting word in one clause, with a swelling in the message, is
 * a spreading swelling.
 */
export const EYE_TERMS: readonly Term[] = [
  'ochiul', 'ochi', 'eye', 'auge', 'oeil', 'occhio', 'ojo', 'szemem', 'szeme',
];
export const EYE_SHUT_TERMS: readonly Term[] = [
  's a inchis', 'se inchide', 'mi s a inchis', 'inchis pe jumatate', 'swollen shut', 'is shut', 'half shut', 'half closed', 'has closed', 'is closing',
  'closed up', 'closing up', 'zugeschwollen', 'ist zu', 'halb zu', 'geht nicht mehr auf', 'ferme', 'fermee', 'se ferme', 's est ferme', 's est fermee',
  'a moitie ferme', 'si e chiuso', 'si chiude', 'chiuso', 'mezzo chiuso', 'se me cerro', 'se cierra', 'se le cerro', 'cerrado', 'medio cerrado',
  'becsukodott', 'bezarodott', 'felig csukva', 'nem nyilik',
];
/** "Eye tooth" is a canine, not the eye. */
export const NOT_SPREAD_AREA_TERMS: readonly Term[] = ['eye tooth', 'eye teeth', 'gatit*', 'gata', 'halsschmerz*', 'augenblick*'];
export const SPREADING_TERMS: readonly Term[] = [
  'se extinde', 's a extins', 'se intinde', 's a intins', 'spread*', 'spreading', 'going up to', 'going down to', 'breitet sich',
  'ausgebreitet', 'se propage', 's etend', 's est etendu', 'si sta allargando', 'si allarga', 'si e esteso', 'se extiende',
  'se esta extendiendo', 'se ha extendido', 'terjed*', 'atterjed*',
  // creeping, climbing, moving towards ("creeping down into his neck", "urcă spre ochi", "ça monte vers l'œil")
  'creeping', 'crept', 'moving down', 'moving up', 'urca spre', 'urca catre', 'urca pana', 'coboara spre', 'coboara pe', 'coboara pana',
  'monte vers', 'monte jusqu', 'descend vers', 'descend dans', 'descend jusqu', 'zieht hoch', 'zieht runter', 'zieht bis', 'sale verso',
  'scende verso', 'scende fino', 'sube hacia', 'sube hasta', 'baja hacia', 'baja hasta', 'felhuzodik', 'lehuzodik',
];

/**
 * What bleeds when it is a figure of speech: the wallet, the pocket, the bank account ("portofelul meu încă sângerează 😅", "my
 * wallet is still bleeding", "mein Geldbeutel blutet"). A bleeding word with one of these next to it (same clause, three words
 * apart at most) is not a bleeding; "my gum bleeds, my wallet too" keeps the gum's. Not the heart: "I take warfarin for my heart
 * and the bleeding won't stop" is the emergency itself.
 */
export const FIGURATIVE_BLEEDING_TERMS: readonly Term[] = [
  'portofel*', 'buzunar*', 'contul bancar', 'contul meu', 'wallet', 'purse', 'pocket', 'bank account', 'geldbeutel', 'portemonnaie',
  'geldborse', 'brieftasche', 'bankkonto', 'portefeuille', 'porte monnaie', 'compte en banque', 'portafoglio', 'conto in banca',
  'cartera', 'bolsillo', 'cuenta bancaria', 'penztarca*', 'bankszamla*',
  // the bills that drain it ("the vet bills have bled me dry", "facturile m-au lăsat fără sânge")
  'bills', 'bill', 'me dry', 'us dry', 'factura', 'facturile', 'rechnung', 'rechnungen', 'factures', 'bollette', 'facturas', 'szamlak',
];

export const BLEEDING_TERMS: readonly Term[] = [
  'sange*', 'bleed*', 'bled', 'blood', 'blut*', 'saign*', 'sang', 'sanguin*', 'sangue', 'sangr*', 'sangre', 'verz*', 'ooz*', 'sicker*', 'seep*', { term: 'ver', langs: ['hu'] }, 'szivarog*', 'gust de fier', 'taste of blood', 'metallic taste',
];

/** Bleeding that is severe by itself. */
export const HAEMORRHAGE_TERMS: readonly Term[] = ['hemoragi*', 'haemorrhag*', 'hemorrhag*', 'emorragi*', 'hemorragi*'];

/** Words that make bleeding (in the same clause) uncontrolled rather than a gum that bleeds when brushing. */
export const SEVERE_BLEEDING_TERMS: readonly Term[] = [
  'nu se opreste', 'nu se mai opreste', 'nu se oprea', 'nu pot opri', 'ore', 'mult', 'foarte mult', 'abundent',
  'not stop', 'not stopping', 'will not stop', 'keeps bleeding', 'heavy', 'heavily', 'a lot', 'so much', 'hours',
  // bleeding that goes on: nonstop, soaked through, everywhere
  'nonstop', 'non stop', 'intruna', 'neincetat', 'fara oprire', 'keeps coming', 'keeps flowing', 'keeps pouring', 'pouring', 'continuu', 'continuous*', 'constantly', 'soaked', 'soaking', 'imbibat*', 'peste tot', 'everywhere',
  'ununterbrochen', 'standig', 'uberall', 'sans cesse', 'partout', 'senza sosta', 'continuamente', 'ovunque', 'sin parar',
  'por todas partes', 'folyamatosan', 'mindenhol',
  'hort nicht auf', 'stark', 'stundenlang', 'stunden', 'ne s arrete pas', 'beaucoup', 'abondamment', 'heures',
  'nicht auf', 'not slowing', 'not slowing down', 'not letting up', 'not easing', 'getting worse',
  'non si ferma', 'non smette', 'molto', 'tanto', 'no para', 'mucho', 'muchisimo', 'horas',
  'nem all el', 'nagyon', 'eros*', 'oraja', 'orak',
  // a mouth or dressing full of blood, blood gushing
  'full of', 'mouth full', 'plin de', 'plina de', 'plin*', 'voller', 'voll', 'plein de', 'pleine de', 'pieno di', 'piena di', 'lleno de',
  'llena de', 'tele van', 'tele', 'drenched', 'gush*', 'spurt*', 'pumping', 'tasnest*', 'schiesst', 'jaillit', 'zampill*', 'chorro*',
];

/**
 * Bleeding that goes on: "still", "keeps", "since yesterday", flowing. In the same clause as the
 * bleeding, it is uncontrolled unless the bleeding is slight, has stopped, or comes with brushing
 * (a gum that "still bleeds when I brush" is not an emergency).
 */
export const PERSISTENT_BLEEDING_TERMS: readonly Term[] = [
  'inca', 'tot curge', 'tot sangereaza', 'tot imi curge', 'tot mi curge', 'curge', 'curge*', 'siroi*', 'picura', 'de ieri', 'toata noaptea',
  'still', 'keeps', 'since yesterday', 'all night', 'all day', 'flowing', 'running', 'dripping', 'oozing', 'again and again',
  'since this morning', 'since last night', 'since the extraction', 'since the surgery', 'for hours',
  'immer noch', 'noch immer', 'weiterhin', 'lauft', 'fliesst', 'tropft', 'seit gestern', 'die ganze nacht',
  'toujours', 'encore', 'coule', 'depuis hier', 'toute la nuit', 'continue',
  'ancora', 'cola', 'esce', 'da ieri', 'tutta la notte', 'continua',
  'todavia', 'aun', 'sigue', 'sigo', 'chorrea', 'gotea', 'desde ayer', 'toda la noche',
  'meg mindig', 'folyik', 'csopog', 'tegnap ota', 'egesz ejjel',
];
/** Slight, stopped or routine bleeding: cancels a persistence word. */
export const MINOR_BLEEDING_TERMS: readonly Term[] = [
  'putin', 'un pic', 'un pic de', 'usor', 'cand ma spal', 'spal pe dinti', 'periez', 'periaj', 'periuta', 'ata dentara',
  'a little', 'a bit', 'slightly', 'slight', 'bit of', 'pink', 'brush*', 'floss*', 'spit',
  'bisschen', 'leicht', 'etwas', 'putz*', 'zahnseide',
  'un peu', 'legerement', 'brosse*', 'fil dentaire',
  'un po', 'poco', 'leggermente', 'spazzol*', 'filo interdentale',
  'un poco', 'poquito', 'ligeramente', 'cepill*', 'hilo dental',
  'kicsit', 'kisse', 'enyhen', 'fogmos*', 'fogselyem*',
];
/** Gauze, pads, swabs: a bleeding being staunched at home ("am schimbat tampoanele de 5 ori", "gauze full of blood"). */
/** What is done with a dressing when the bleeding goes on: changed, replaced, soaked, full. */
export const DRESSING_USE_TERMS: readonly Term[] = [
  'schimb*', 'inlocui*', 'imbibat*', 'plin*', 'change*', 'changing', 'replac*', 'soak*', 'full', 'through', 'wechsel*', 'gewechselt',
  'durchgeblutet', 'durchgetrankt', 'voll*', 'chang*', 'remplac*', 'imbib*', 'plein*', 'cambi*', 'sostitu*', 'zupp*', 'pien*',
  'empap*', 'llen*', 'cserel*', 'atazott', 'tele', 'ataz*', 'leoarca', 'ud leoarca', 'soaked through', 'durch',
  // filled ('a umplut deja vreo cinci tampoane de tifon', 'filled up five gauze pads'); not 'the tooth was filled'
  'umplut*', 'umple*', 'filled up', 'gefullt', 'rempli*', 'riempit*', 'riempie', 'megtel*',
];
export const DRESSING_TERMS: readonly Term[] = [
  'tampon*', 'tampoa*', 'tifon*', 'compres*', 'comprese', 'gauze*', 'pad', 'pads', 'swab*', 'tupfer', 'mull*', 'kompresse*', 'gaze', 'garza',
  'garze', 'gasa', 'gasas', 'gez', 'gezt', 'gezzel', 'gezek', 'vatta', 'vata', 'cotton', 'algodon', 'coton',
];

/**
 * A knocked-out tooth kept in milk until the dentist: first aid for an avulsion. Trauma, unless the
 * message's accident is only supposed ("what if someone loses a tooth from a blow? keep it in milk, right?").
 */
export const FIRST_AID_TERMS: readonly Term[] = [
  'in milk', 'in lapte', 'in der milch', 'dans du lait', 'nel latte', 'en leche', 'tejben', 'tejbe',
];

/** Trauma as a phrase. */
export const TRAUMA_TERMS: readonly Term[] = [
  'accident', 'accidentul', 'accidentat*', 'accidente', 'am cazut', 'am cazut pe', 'm am lovit', 'm a lovit', 'lovitura', 'lovit in gura', 'lovit in fata', 'bataie',
  'mi a sarit un dinte', 'mi a sarit dintele', 'mi au sarit', 'dinte sarit',
  'a cazut de pe', 'a cazut pe', 'a cazut in', 'cazut de pe', 's a lovit', 'a fost lovit*', 'lovit*',
  'i fell', 'he fell', 'she fell', 'fell and', 'fell on', 'fell off my', 'fell off his', 'fell off her', 'fell off the', 'fell off a', 'fell down', 'fell over', 'elbowed', 'kicked', 'headbutt*', 'got hit', 'was hit', 'punched', 'knocked out', 'knocked my tooth out',
  'car crash', 'crashed',
  'unfall', 'gesturzt', 'hingefallen', 'ausgeschlagen', 'schlag ins gesicht',
  'je suis tombe', 'je suis tombee', 'chute', 'coup au visage',
  'incidente', 'sono caduto', 'sono caduta', 'preso un pugno',
  'accidente', 'me cai', 'me golpe*', 'un golpe',
  'baleset*', 'elestem', 'leestem', 'megutottek', 'kiutott*', 'kiesett a fogam', 'came clean out',
  ...FIRST_AID_TERMS,
];

/**
 * A time long past in the trauma's clause: an old accident is history (often why someone wants
 * implants), not an emergency ("Ich hatte letztes Jahr einen Unfall", "am avut un accident acum 2 ani").
 */
export const PAST_TIME_TERMS: readonly Term[] = [
  // Only phrases that place the event in the past: a child's age ("de 8 ani", "8 ans", "8 años",
  // "8 year old") is not one, and a fall at that age is exactly what must be escalated.
  'anul trecut', 'acum un an', 'acum cativa ani', 'acum multi ani', 'ani in urma', 'cand eram mic', 'cand eram mica', 'in copilarie',
  'last year', 'year ago', 'years ago', 'yr ago', 'yrs ago', 'yrs back', 'mths ago', 'mos ago', 'back in', 'years back', 'last season', 'last summer', 'last winter', 'last spring', 'months ago', 'long ago', 'as a child', 'as a kid', 'when i was a kid', 'when i was young',
  'letztes jahr', 'letzten jahr', 'vor einem jahr', 'vor ein paar jahren', 'vor jahren', 'vor monaten', 'als kind',
  'annee derniere', 'an dernier', 'il y a quelques annees', 'il y a des annees', 'quand j etais petit', 'quand j etais petite',
  'anno scorso', 'anni fa', 'mesi fa', 'da bambino', 'da bambina', 'el ano pasado', 'hace anos', 'hace unos anos', 'anos atras',
  'de nino', 'de nina', 'tavaly', 'evvel ezelott', 'evekkel ezelott', 'gyerekkoromban',
  // a time of life gone by: at university, at school, as a teenager ("got it knocked playing rugby in uni")
  'in uni', 'at uni', 'in college', 'at college', 'at university', 'in university', 'as a student', 'as a teenager', 'as a teen', 'in my teens',
  'in my twenties', 'when i was a student', 'when i was a teenager', 'in facultate', 'la facultate', 'in studentie', 'in liceu', 'in adolescenta',
  'cand eram student*', 'im studium', 'an der uni', 'als student*', 'als teenager', 'als jugendlicher', 'a la fac', 'a l universite', 'quand j etais ado',
  'quand j etais etudiant*', 'all universita', 'da ragazzo', 'da ragazza', 'da adolescente', 'da studente', 'en la universidad', 'en la uni',
  'de adolescente', 'de joven', 'cuando era estudiante', 'egyetemen', 'egyetemista koromban', 'kamaszkoromban', 'fiatalkoromban',
  // last month (a month or more: as 'months ago')
  'last month', 'luna trecuta', 'letzten monat', 'vorigen monat', 'mois dernier', 'mese scorso', 'mes pasado', 'mult honapban',
  // a count of years or months ago, in digits or words ("acum 2 ani", "acum vreo trei luni", "vor 10 Jahren", "3 éve");
  // never "acum vreo oră" (an hour ago): only years and months are history
  'acum # ani', 'acum vreo # ani', 'acum aproximativ # ani', 'acum # luni', 'acum vreo # luni', 'acum aproximativ # luni', 'acum vreo un an',
  'vor # jahren', 'vor uber # jahren', 'vor # monaten', 'il y a # ans', 'il y a # mois', 'hace # anos', 'hace # meses', 'hace unos # anos',
  '# eve', '# evvel', '# honapja',
];

/**
 * "Back then": a clause that speaks of the past time the message has named ("am avut un abces acum 2
 * ani, atunci eram umflată toată cu febră"). Not "since then", which runs up to now ("de atunci am
 * dintele ciobit"), nor Romanian "atunci când" ("when").
 */
export const BACK_THEN_TERMS: readonly Term[] = [
  'atunci', 'pe atunci', 'la vremea aceea', 'la vremea aia', 'back then', 'at the time', 'at that time', 'in those days',
  'damals', 'zu der zeit', 'a l epoque', 'a cette epoque', 'a ce moment la', 'all epoca', 'a quel tempo', 'in quel periodo',
  'en aquel entonces', 'por aquel entonces', 'en aquella epoca', 'en ese momento', 'akkoriban', 'annak idejen',
];
export const NOT_BACK_THEN_TERMS: readonly Term[] = [
  'de atunci', 'din atunci', 'pana atunci', 'atunci cand', 'since then', 'until then', 'till then', 'seit damals', 'depuis ce moment la',
  'da allora', 'fino a quel tempo', 'desde entonces', 'desde ese momento', 'hasta entonces', 'azota',
];

/**
 * "It all passed": said after symptoms in a message that names a past time ("j'ai eu de la fièvre le
 * mois dernier et mal aux dents, mais tout est passé"), the symptoms told before it are history. Only
 * "all" forms: "the pain went away" does not clear a swelling told with it.
 */
export const RESOLVED_TERMS: readonly Term[] = [
  'it all passed', 'all passed', 'all gone now', 'all cleared up', 'it all went away', 'all fine now', 'all good now', 'everything is fine now',
  'a trecut tot', 'totul a trecut', 'mi a trecut tot', 'acum e totul bine', 'acum totul e bine', 'alles ist vorbei', 'alles wieder gut',
  'jetzt ist alles gut', 'ist alles weg', 'tout est passe', 'tout est rentre dans l ordre', 'tout va bien maintenant', 'e passato tutto',
  'passato tutto', 'tutto passato', 'ora va tutto bene', 'ya paso todo', 'se me paso todo', 'todo paso', 'ahora todo bien', 'minden elmult',
  'mar minden rendben',
];

/**
 * A verb that stops (bleeding): negated anywhere in a message with a bleeding word, the bleeding is
 * uncontrolled ("nu mă pot opri din sângerat", "sangrando y no para", "ça saigne sans arrêt").
 */
export const STOP_TERMS: readonly Term[] = [
  'opri*', 'opre*', 'stop*', 'aufhor*', 'hort', 'horen', 'arret*', 'ferma*', 'smett*', 'passa', 'para', 'paro', 'parar',
  'detiene', 'corta', { term: 'all', langs: ['hu'] }, 'allt', 'elall*', 'megall*', 'csillapod*',
  // a wound that does not clot
  'clot*', 'coagul*', 'gerinn*', 'cicatriz*', 'alvad*',
];

/**
 * An impact: a fall, a blow, a crash. With a tooth, mouth, jaw or face word anywhere in the
 * message it is dental trauma ("my kid fell off his bike … his front tooth is out").
 */
export const IMPACT_TERMS: readonly Term[] = [
  'cazut*', 'cazatura', 'impiedicat*', 'izbit*', 'bufnit*', 'sarit', 'bataie',
  'fell', 'fallen', 'tripped', 'slipped', 'smashed', 'banged', 'bashed', 'whacked', 'collided', 'crash*', 'punch*', 'fight',
  'faceplant*', 'face plant*', 'face first', 'wiped out', 'tumble*', 'trampoline', 'scivolat*', 'alunecat*', 'ausgerutscht', 'glisse', 'resbal*', 'elcsusz*', 'lavandino', 'sink', 'chiuveta', 'hockey', 'stick to the',
  'elbowed', 'kicked', 'headbutt*', 'got hit', 'was hit', 'been hit', 'hit by', 'hit in', 'hit my', 'hit his', 'hit her', 'knocked', 'avulsi*', 'dislodged',
  'gesturzt', 'sturz', 'gestolpert', '*gefallen', 'geschlagen', 'ausgeschlagen', 'rausgeschlagen', 'zusammengestossen', 'schlagerei', '*geprallt', 'zusammenprall*', 'aufprall*', '*geknallt', 'kopf an kopf',
  'tombe*', 'chute', 'cogne*', 'heurte*', 'bagarre',
  'caduto', 'caduta', 'cadut*', 'cadendo', 'sbattut*', 'colpit*', 'botta', 'pugno', 'inciampat*', 'rissa',
  'caido', 'caida', 'cayo', 'cai', 'golpe*', 'tropez*', 'choque', 'choco', 'pelea',
  'elesett', 'elestem', 'esett', 'leesett', 'eses*', 'megutott*', 'utes*', 'nekiment', 'bevert*', 'verekedes',
  // a blow, a ball, a fight, an assault
  'hit', 'struck', 'smacked', 'slapped', 'beaten', 'beat up', 'assault*', 'attacked', 'mugged', 'fought', 'brawl', 'ball', 'baseball',
  'softball', 'basketball', 'puck', 'bat', 'racket', 'swing',
  // a scuffle or scrap, a fight said lightly ("got into a bit of a scuffle outside a bar")
  'scuffle*', 'altercation', 'punch up', 'bar fight', 'fist fight', 'fistfight', 'incaierare', 'incaierat*', 'rauferei', 'gerangel',
  'handgemenge', 'rixe', 'echauffouree', 'zuffa', 'colluttazione', 'rina', 'trifulca', 'dulakodas', 'dulakod*',
  // a road collision ("rear-ended this morning", "got run over", "Auffahrunfall", "on m'a tamponné"); not "the appointment ran
  // over", "tamponner" a wound, "ho investito" (invested)
  'rear ended', 'rear end collision', 'shunted', 'got run over', 'was run over', 'been run over', 'ran him over', 'ran her over', 'ran me over',
  'collision', 'auffahrunfall', 'hinten aufgefahren', 'angefahren worden', 'wurde angefahren', 'tamponne par', 'tamponnee par', 'on m a tamponne',
  'on nous a tamponne', 'renverse par une', 'renversee par une', 'renverse par un', 'renversee par un', 'tamponat de', 'tamponata de', 'm a tamponat',
  'ne a tamponat', 'lovit de masina', 'lovita de masina', 'tamponamento', 'mi hanno tamponato', 'ci hanno tamponato', 'investito da una macchina',
  'investita da una macchina', 'investito da un auto', 'investita da un auto', 'atropell*', 'me dieron por detras', 'nos dieron por detras',
  'rafutott*', 'belenk jott', 'belem jott',
  // German struck on landing ("mit dem Kinn aufgeschlagen")
  'aufgeschlagen', 'aufgeknallt',
  'pumn*', 'palma', 'batut*', 'minge*', 'ciocnit*', 'agresat*', 'un cot', 'cot in gura', 'cotul',
  'faustschlag', 'schlag', 'verprugelt', 'prugel*', 'angegriffen', 'unfall',
  'balle', 'ballon', 'frappe*', 'pris la porte', 'en pleine figure', 'en pleine face', 'pris une porte', 'coup de poing', 'coup de pied', 'coup de coude', 'pris un coup', 'recu un coup', 'agresse*',
  'palla', 'pallone', 'pallonata', 'gomitata', 'picchiat*', 'aggredit*', 'preso un colpo',
  'pelota', 'pelotazo', 'balonazo', 'balon', 'punetazo', 'codazo', 'patada', 'pegaron', 'agredid*',
  'labda*', 'pofon*', 'elutott*', 'megvertek', 'leutott*', 'fejbe rugt*', 'megrugt*',
  // the playground: a swing or a slide (with 'swing', 'trampoline' above) in each language
  'leagan*', 'tobogan*', 'monkey bars', 'climbing frame', 'schaukel*', 'rutsche', 'klettergerust', 'balancoire*', 'toboggan',
  'altalena', 'scivolo', 'columpio*', 'hinta*', 'csuszda*',
  // French "se prendre" something: struck by it ("elle s'est pris la porte", "je me suis pris un poteau")
  's est pris', 's est prise', 'me suis pris', 'me suis prise', 'se sont pris', 't es pris',
];
/**
 * An animal's bite or attack: an animal and a biting verb in one clause is an impact ("their dog got him
 * in the face", "l-a mușcat câinele de buză", "vom Hund gebissen"), so with the mouth or face named it is
 * trauma. Not "a bit" ('bit' only with its object).
 */
export const ANIMAL_TERMS: readonly Term[] = [
  'dog', 'dogs', 'puppy', 'horse', { term: 'cat', langs: ['en'] }, 'caine*', 'catel*', 'calul', 'un cal', 'pisic*', 'hund*', 'pferd*', 'katze*',
  'chien*', 'cheval', { term: 'chat', langs: ['fr'] }, { term: 'cane', langs: ['it'] }, 'cavallo', 'gatto', 'perro*', 'caballo', 'gato*', 'kutya*', 'macska*',
];
export const BITE_TERMS: readonly Term[] = [
  'bitten', 'bit him', 'bit her', 'bit me', 'bit my', 'bit his', 'bit them', 'bite', 'got him', 'got her', 'got me', 'went for', 'attacked', 'mauled',
  'muscat*', 'atacat', 'gebissen', 'zugebissen', 'angefallen', 'mordu*', 'attaque*', 'morso', 'morsicat*', 'azzannat*', 'mordid*', 'mordio',
  'morde*', 'ataco', 'atacado', 'megharap*', 'megtamad*',
];
/** Where an impact word means something came loose, not that someone fell ("mi-a căzut plomba", "filling fell out"). */
export const NOT_IMPACT_TERMS: readonly Term[] = [
  'mi a cazut', 'i a cazut', 'ti a cazut', 'mi au cazut', 'i au cazut', 'mi a cazuta', 'fell out', 'fallen out', 'fell off',
  'mi e cadut*', 'gli e cadut*', 'le e cadut*', 'se me cayo', 'se le cayo', 'se me ha caido', 'se le ha caido',
  'rausgefallen', 'herausgefallen', 'hat mir gefallen', 'gut gefallen',
  // the dentist's drill or a sensation, not a blow
  'hit a nerve', 'hit the nerve', 'hits the nerve', 'hit me up', 'hit me back',
  // French "se prendre" that books, worries or catches a cold
  'pris rendez vous', 'pris un rendez vous', 'pris rdv', 'pris un rdv', 'pris la tete', 'pris froid', 'pris en photo', 'pris du poids',
];
/** Teeth, mouth, jaw, face. */
export const MOUTH_AREA_TERMS: readonly Term[] = [
  'dinte*', 'dinti*', 'masea*', 'gura', 'gurii', 'buza', 'buze*', 'fata', 'falca', 'maxilar*', 'barbi*', 'obraz*', 'nas',
  'tooth', 'teeth', 'mouth', 'lip', 'lips', { term: 'face', langs: ['en'] }, 'jaw*', 'chin', 'cheek*', 'nose',
  'zahn*', '*zahn', '*zahne', 'mund', 'lippe*', 'gesicht', 'kiefer*', 'kinn', 'backe', 'nase',
  'dent', 'dents', 'bouche', 'levre*', 'visage', { term: 'figure', langs: ['fr'] }, 'machoire', 'menton', 'joue', 'nez',
  'dente', 'denti', 'bocca', 'labbr*', 'viso', 'faccia', 'mascella', 'mento', 'guancia', 'naso',
  'diente*', 'muela*', 'boca', 'labio*', 'cara', 'mandibul*', 'barbilla', 'mejilla', 'nariz',
  'fog', 'foga*', 'fogam', 'fogat', 'fogai*', 'szaj*', 'ajk*', 'arc', 'arcom', 'arca', 'arcat', 'allkapocs*', 'orr*',
  // a tooth by its kind: incisor, canine, molar ("am un incisiv rupt", "a front incisor knocked loose")
  'incisiv*', 'incisor*', 'canin*', 'molar*', 'premolar*', 'molaire*', 'schneidezahn*', 'eckzahn*', 'backenzahn*', 'colmillo*',
  'metszofog*', 'szemfog*', 'orlofog*',
];

/** Jaw + broken in the same clause is trauma ("maxilarul e rupt", "ma mâchoire est cassée"). */
export const JAW_TERMS: readonly Term[] = [
  'maxilar*', 'falca', 'mandibul*', 'jaw', 'jawbone', 'kiefer*', 'machoire', 'mascella', 'allkapocs*',
];
export const BROKEN_TERMS: readonly Term[] = [
  'rupt*', 'fractur*', 'spart*', 'broken', 'broke', 'fractured', 'gebrochen', 'cass*', 'rott*', 'rota', 'roto', 'eltort*', 'tort',
];

export const BREATHING_TERMS: readonly Term[] = [
  'respir*', 'breathe', 'breathing', 'breath', 'atmen', 'atme', 'respirer', 'respire', 'respirare', 'respiro', 'respirar',
  'lelegz*', 'levego*', 'air', 'aer', 'aerul', 'luft', 'aria', 'aire',
];
export const SWALLOWING_TERMS: readonly Term[] = [
  'inghit*', 'inghiti', 'swallow*', 'schluck*', 'avaler', 'aval*', 'salive', 'saliva', 'my spit', 'spit down', 'her spit', 'his spit', 'deglut*', 'ingoiare', 'ingoio', 'ingoi*', 'tragar', 'trago', 'nyel*',
];
/**
 * A clause that opens with "if" asks what to do should something happen ("si después de un implante
 * se me hincha la cara o me da fiebre…"): its swelling and fever are not the patient's now. Italian
 * "se" only (in Romanian it is a reflexive: "se umflă").
 */
export const CONDITIONAL_OPENERS: readonly Term[] = [
  'if', 'what if', 'daca', 'ce se intampla daca', 'in caz ca', 'wenn', 'und wenn', 'was ist wenn', 'falls', 'et si', 'e se', 'y si', { term: 'si', langs: ['es', 'fr'] }, { term: 'se', langs: ['it'] }, { term: 'ha', langs: ['hu'] }, 'en caso de que', 'au cas ou', 'nel caso',
];

/**
 * "Like", "for example": a clause that opens with one, right after an "if" clause, goes on with the
 * supposed case ("dacă mi se întâmplă ceva cu un dinte, gen se rupe sau mă doare tare, …").
 */
export const EXAMPLE_OPENERS: readonly Term[] = [
  'gen', 'de exemplu', 'de pilda', 'adica', 'like', 'for example', 'for instance', 'say', 'e g', 'zum beispiel', 'z b', 'etwa',
  'par exemple', 'genre', 'comme', 'tipo', 'ad esempio', 'per esempio', 'come', 'por ejemplo', 'como', 'peldaul', 'mondjuk',
];

/**
 * "Ever", "one day", "someone": with "if", an accident that has not happened ("if my son ever knocks
 * a tooth out…", "qué pasa si se le cae un diente a alguien…"). Trauma in an "if" clause without one
 * still counts ("if he fell yesterday and the tooth is loose, is it urgent?" is about a fall that happened).
 */
/**
 * "Ever", "one day": with "if", a time that may never come. The scorer reads an appointment asked in
 * such a clause ("if I ever knocked a tooth out, would you see me same day?") as a question about the
 * clinic, not a booking.
 */
export const SOMEDAY_TERMS: readonly Term[] = [
  'ever', 'someday', 'one day', 'at some point', 'la un moment dat', 'vreodata', 'candva', 'jemals', 'irgendwann', 'un jour', 'jamais', { term: 'mai', langs: ['it'] }, 'un giorno', 'alguna vez', 'algun dia', 'valaha', 'egyszer',
];
export const EVER_TERMS: readonly Term[] = [
  ...SOMEDAY_TERMS,
  // anyone, not a named person
  'someone', 'somebody', 'anyone', 'anybody', 'cineva', 'cuiva', 'oricine', 'jemand', 'jemandem', 'jemanden', 'quelqu un', 'qualcuno',
  'a qualcuno', 'alguien', 'valaki*',
  // the case put in the conditional mood: "what would I do if my son knocked a tooth out?"
  'what would i do if', 'what would we do if', 'what would you do if', 'what would happen if', 'ce as face daca', 'ce am face daca', 'ce ati face daca',
  'was wurde ich tun wenn', 'was wurde ich machen wenn', 'was wurden wir tun wenn', 'que ferais je si', 'que ferions nous si', 'que feriez vous si',
  'cosa farei se', 'cosa faremmo se', 'cosa fareste se', 'que haria si', 'que hariamos si', 'que harian si', 'mit tennek ha', 'mit tennenk ha',
];

/**
 * The writer says nothing has happened, or puts the case hypothetically: a question asked in advance
 * (and no appointment being booked). Never a bare "just asking" ("just asking: he fell, is it urgent?").
 */
export const NOTHING_HAPPENED_TERMS: readonly Term[] = [
  'nu s a intamplat nimic', 'nu s a intamplat inca nimic', 'nothing has happened', 'nothing s happened', 'nothing happened yet',
  'es ist nichts passiert', 'noch nichts passiert', 'il ne s est rien passe', 'il ne s est encore rien passe', 'non e successo niente',
  'non e ancora successo niente', 'non e successo ancora niente', 'no ha pasado nada', 'nem tortent semmi',
  'hypothetically', 'ipotetic', 'hypothetisch', 'hypothetiquement', 'ipoteticamente', 'hipoteticamente', 'hipotetikusan',
  'doar ca sa stiu',
];

/**
 * Asked only to know ("întreb așa, ca să știu", "for future reference"): for the scorer, no timeline
 * (not "to be safe", which may still book). Not for triage: unlike "nothing has happened", a patient
 * may write it under a real accident ("he fell and broke a tooth, just so I know, are you open?").
 */
export const ASKED_TO_KNOW_TERMS: readonly Term[] = [
  'asa ca sa stiu', 'just so i know', 'for future reference', 'nur damit ich es weiss', 'pour reference future',
  'per riferimento futuro', 'para futuras referencias', 'csak hogy tudjam',
  // asked in advance, as a precaution ("întreb preventiv că plec la vară", "asking ahead of my trip")
  'intreb preventiv', 'intreb din timp', 'intreb dinainte', 'asking in advance', 'asking ahead', 'asking just in case', 'frage vorsorglich',
  'frage im voraus', 'je demande a l avance', 'je demande par precaution', 'chiedo in anticipo', 'chiedo per precauzione',
  'pregunto con antelacion', 'pregunto por precaucion', 'elore kerdezem',
];

/**
 * The writer is only asking: nothing has happened, or it is "to be prepared". A first-aid question
 * about an accident ("il pun în lapte?") is then not an accident.
 */
export const JUST_ASKING_TERMS: readonly Term[] = [
  ...NOTHING_HAPPENED_TERMS,
  'ca sa fiu pregatit', 'ca sa fiu pregatita', 'just want to be prepared', 'to be prepared', 'nur zur sicherheit',
  'pour etre prepare', 'per essere preparat*', 'para estar preparad*',
];

/**
 * The floor of the mouth swelling (the airway): the tongue pushed up, swelling under it. A
 * spreading swelling on its own.
 */
export const FLOOR_OF_MOUTH_PHRASES: readonly Term[] = [
  'pushed up from underneath', 'tongue is being pushed', 'tongue feels pushed', 'tongue is pushed up', 'tongue pushed up', 'lump under my tongue',
  'swelling under my tongue', 'swollen under my tongue', 'umflat sub limba', 'umflatura sub limba', 'limba imi e impinsa', 'unter der zunge geschwollen',
  'schwellung unter der zunge', 'gonfle sous la langue', 'gonflement sous la langue', 'gonfio sotto la lingua', 'gonfiore sotto la lingua',
  'hinchado debajo de la lengua', 'hinchazon debajo de la lengua', 'duzzanat a nyelvem alatt', 'dagadt a nyelvem alatt',
];

/** Swallowing red flags said without a swallowing verb: drooling because saliva will not go down. */
export const SWALLOWING_PHRASES: readonly Term[] = [
  'drooling', 'i am drooling', 'cae la baba', 'se me cae la baba', 'babeando', 'curg balele', 'imi curg balele', 'ma scurg balele',
  'sabbere', 'sabbern', 'je bave', 'baver', 'sbavo', 'sbavare', 'nyaladz*', 'folyik a nyalam',
];
/**
 * A mouth that will not open (trismus): "nu mai pot deschide gura decât un deget", "can barely open my
 * mouth", "kann den Mund kaum öffnen". An opening verb and the mouth in one clause with a difficulty
 * (DIFFICULTY_TERMS, or "only a finger": LIMITED_OPENING_TERMS), or a word for a locked jaw. With fever
 * it is an infection spreading into the jaw's spaces, a red flag; without fever (stiff after a wisdom
 * tooth) it is for the doctor on call.
 */
export const OPEN_TERMS: readonly Term[] = [
  'deschid*', 'open', 'opening', 'offne*', 'offnen', 'aufmach*', 'aufbekomm*', 'aufkrieg*', 'ouvr*', 'aprire', 'apro', 'aprirla', 'abrir', 'abro',
  'nyit*', 'kinyit*',
];
export const MOUTH_TERMS: readonly Term[] = ['gura', 'gurii', 'mouth', 'mund', 'bouche', 'bocca', 'boca', 'szam', 'szajam', 'szajat'];
/** How little it opens: a finger's width, a crack ("decât un deget", "only a finger", "nur einen Finger breit"). */
export const LIMITED_OPENING_TERMS: readonly Term[] = [
  'un deget', 'doua degete', 'decat putin', 'one finger', 'a finger', 'a crack', 'a few mm', 'einen finger', 'fingerbreit', 'un doigt',
  'un dito', 'un dedo', 'egy ujjnyi', 'egy ujjnyit',
];
/**
 * The mouth's opening measured in fingers between the teeth ("I can barely fit a finger between my teeth", "abia încape un deget
 * între dinți", "passt kaum ein Finger zwischen die Zähne"): with a difficulty word in the clause (DIFFICULTY_TERMS), a mouth that
 * will not open.
 */
export const FINGER_BETWEEN_TEETH_TERMS: readonly Term[] = [
  'finger between my teeth', 'finger between his teeth', 'finger between her teeth', 'finger between the teeth', 'fingers between my teeth',
  'finger in between my teeth', 'deget intre dinti', 'degete intre dinti', 'un deget intre dintii', 'finger zwischen die zahne',
  'finger zwischen meine zahne', 'finger zwischen den zahnen', 'doigt entre les dents', 'doigt entre mes dents', 'dito tra i denti',
  'dito fra i denti', 'dedo entre los dientes', 'dedo entre mis dientes', 'ujjam a fogaim koze', 'ujj a fogaim koze', 'ujjat a fogai koze',
];
export const LOCKED_JAW_TERMS: readonly Term[] = [
  'trismus', 'trismu*', 'lockjaw', 'locked jaw', 'jaw is locked', 'jaw locked', 'jaw has locked', 'falca blocata', 'maxilarul blocat',
  'mi s a blocat falca', 'mi s a blocat maxilarul', 'kieferklemme', 'kiefersperre', 'machoire bloquee', 'mascella bloccata',
  'mandibula bloqueada', 'trismo', 'szajzar*',
];

/** Words that make a choking or suffocating feeling figurative ("mi sento soffocare solo a pensare al trapano"). */
export const FIGURATIVE_TERMS: readonly Term[] = [
  'thinking about', 'just thinking', 'the thought of', 'when i think', 'pensare', 'pensando', 'al pensiero', 'ma gandesc', 'cand ma gandesc',
  'gandul', 'denke', 'daran denke', 'gedanke*', 'quand j y pense', 'rien que d y penser', 'penser', 'pensar', 'solo de pensar', 'gondol*',
];

/** Difficulty words that turn "breathe"/"swallow" into a red flag when in the same clause. */
export const DIFFICULTY_TERMS: readonly Term[] = [
  'nu pot', 'nu mai pot', 'nu poate', 'nu mai poate', 'greu', 'cu greu', 'abia', 'can not', 'could not', 'difficulty', 'difficult', 'trouble', 'hard',
  'struggling', 'unable', 'short of', 'shortness', 'barely', 'hardly', 'struggle*', 'laboured', 'labored', 'anevoie', 'a peine', 'a malapena', 'apenas', 'kann nicht', 'kaum', 'schwer', 'schwierig*', 'nicht', 'du mal', 'ne peux',
  'difficile', 'difficulte', 'non riesco', 'difficolta', 'fatica', 'no puedo', 'dificultad', 'me cuesta', 'nehez*', 'nem tudok',
  'nem kapok', 'alig',
  'n arrive pas', 'arrive pas', 'peux pas', 'peux plus', 'no la puedo', 'no lo puedo', 'no me pasa', 'ni la saliva', 'arrive plus', 'arrive presque plus', 'presque plus', 'non posso', 'no consigo', 'nem megy',
];
/** Phrases that are breathing red flags on their own. */
export const BREATHING_PHRASES: readonly Term[] = [
  'ma sufoc', 'sufoc*', 'atemnot', 'keine luft', 'erstick*', 'j etouffe', 'etouff*', 'soffoc*', 'me ahogo', 'ahog*', 'fullad*',
  'choking', 'suffocat*',
  'nu am aer', 'n am aer', 'nu mai am aer', 'mi se inchide gatul', 'gasping', 'gasp for', 'wheez*', 'throat is closing', 'throat closing', 'closing up',
  'luftnot', 'manque d air', 'manca l aria', 'mi manca il respiro', 'me falta el aire', 'falta de aire', 'nem kapok levegot',
];

/**
 * An allergic reaction (anaphylaxis): hives or an itchy rash over the body with feeling faint, or with the lips, tongue or throat
 * swelling ("itchy red bumps all over my arms, feel a bit woozy", "urticarie și mi s-a umflat buza"); or a reaction named as
 * allergic with the lips, tongue or throat swelling. A red flag: it can close the airway within minutes.
 */
export const HIVES_TERMS: readonly Term[] = [
  'hives', 'urticar*', 'orticaria', 'welts', 'red bumps', 'itchy bumps', 'itchy rash', 'itchy red', 'rash all over', 'blotches all over', 'rash',
  'rashes', 'sfogo cutaneo',
  // a skin eruption, not a tooth's ("erupție dentară", "éruption dentaire")
  'bube', 'bubite', 'pete rosii', 'eruptie cutanata', 'mancarimi', 'ma mananca tot corpul', 'quaddel*', 'nesselsucht', 'nesselausschlag',
  'ausschlag', 'rote flecken', 'plaques rouges', 'boutons rouges', 'demangeaisons', 'eruption cutanee', 'pomfi', 'bolle rosse', 'chiazze rosse',
  'eruzione cutanea', 'ronchas', 'sarpullido', 'erupcion cutanea', 'granitos rojos', 'habones', 'csalankiutes', 'kiutes*', 'piros foltok',
  'piros pottyok',
  // itching all over the body, as hives ("I'm itchy all over my arms", "mă mănâncă peste tot", "es juckt am ganzen Körper")
  'itchy all over', 'itching all over', 'itch all over', 'itches all over', 'ma mananca peste tot', 'mancarimi peste tot', 'mancarime peste tot',
  'juckt am ganzen korper', 'juckt uberall', 'juckt es am ganzen korper', 'juckt es uberall', 'juckt mich am ganzen korper', 'juckt mich uberall', 'juckreiz am ganzen korper', 'ca me gratte partout', 'demange partout', 'demangeaisons partout',
  'prurito dappertutto', 'prurito su tutto il corpo', 'mi prude dappertutto', 'mi prude tutto', 'me pica todo el cuerpo', 'picor por todo',
  'picazon por todo', 'mindenhol viszket', 'az egesz testem viszket', 'egesz testemen viszket',
];
export const ALLERGY_TERMS: readonly Term[] = [
  'allergic reaction', 'allergic', 'allergy', 'allergies', 'anaphyla*', 'reactie alergica', 'alergie', 'alergic*', 'allergische reaktion', 'allergie', 'allergisch*',
  'reaction allergique', 'allergique', 'reazione allergica', 'allergia', 'allergico', 'allergica', 'reaccion alergica', 'alergia', 'alergico',
  'alergica', 'allergias reakcio', 'allergias', 'anafila*',
];
/** Feeling faint, dizzy, light-headed ("feel a bit woozy", "mă simt amețit", "mir ist schwindelig", "je me sens étourdi"). */
export const FAINT_TERMS: readonly Term[] = [
  'woozy', 'dizzy', 'dizziness', 'lightheaded', 'light headed', 'feel faint', 'feeling faint', 'fainted', 'fainting', 'going to faint',
  'passed out', 'pass out', 'ametit*', 'ameteal*', 'ameteli', 'lesin*', 'mi se face rau', 'schwindel*', 'benommen', 'ohnmacht*',
  'etourdi*', 'vertige*', 'tourne la tete', 'evanoui*', 'capogir*', 'giramenti', 'gira la testa', 'svenire', 'stordit*', 'mareado', 'mareada',
  'mareos*', 'desmay*', 'szedul*', 'ajul*', 'elajul*',
];
/**
 * The throat tightening ("mă strânge în gât când înghit", "my throat feels tight", "j'ai la gorge serrée", "mi si chiude la gola",
 * "se me cierra la garganta", "szorul a torkom"): with the throat, lips or tongue in one clause (AIRWAY_AREA_TERMS), and with hives or
 * an allergy named, the airway of an allergic reaction. Alone it is a sore throat.
 */
export const THROAT_TIGHT_TERMS: readonly Term[] = [
  { term: 'strange', langs: ['ro'] }, 'strans', 'stransa', 'strangere', 'sugruma*', 'tight', 'tighter', 'tightness', 'tightening', 'constrict*',
  'eng', 'enger', 'zugeschnurt', 'schnurt', 'serre', 'serree', 'serrement', 'stretta', 'stretto', 'si stringe', 'si chiude', 'chiusa', 'cierra',
  'cerrada', 'aprieta', 'apretada', 'oprime', 'opresion', 'szorul*', 'szorit*', 'szoros', 'osszeszorul*',
  // hoarse, strangled
  'hoarse', 'raguseal*', 'ragusit*', 'ragusita', 'heiser', 'enroue*', 'rauco', 'rauca', 'ronco', 'ronca', 'afonic*', 'rekedt*',
];
/**
 * The lips or tongue said to be enormous, twice their size ("my lips feel enormous", "buzele îmi par uriașe", "meine Lippe ist riesig"):
 * with the lips or tongue in one clause, a swelling of the airway for an allergic reaction.
 */
export const ENLARGED_TERMS: readonly Term[] = [
  'enormous', 'huge', 'massive', 'giant', 'twice the size', 'twice their size', 'double the size', 'double their size', 'enorm*', 'imens*',
  'urias*', 'riesig', 'doppelt so gross', 'dick', 'dicke', 'enormes', 'enormi', 'enorme', 'gigantesque*', 'double de volume',
  'gigantesc*', 'il doppio', 'doble de grande', 'gigante*', 'hatalmas*', 'oriasi', 'ketszeresere',
];
/**
 * The throat itching or scratching ("es kratzt so komisch im Hals", "my throat is itchy", "mă mănâncă în gât"): with hives, the
 * airway of an allergic reaction as a tightening is; with an allergy only named, hay fever.
 */
export const THROAT_ITCH_TERMS: readonly Term[] = [
  'ma zgarie', 'ma mananca', 'mancarime*', 'scratchy', 'itchy', 'itching', 'itches', 'kratzt', 'kratzen', 'kratzig', 'juckt', 'gratte',
  'picote', 'pizzica', 'prurito', 'pica', 'picor', 'viszket*', 'kapar*',
];
/** Where a swelling closes the airway: the lips, the tongue, the throat (with the swelling in the same clause). */
export const AIRWAY_AREA_TERMS: readonly Term[] = [
  // the voice, tight or hoarse as the throat closes ("my voice sounds tight and weird")
  'voice', 'vocea', 'stimme', 'voix', 'voce', 'voz', 'hangom', 'hangja',
  'buza', 'buze*', 'limba', 'gat', 'gatul', 'lip', 'lips', 'tongue', 'throat', 'lippe*', 'zunge', 'hals', 'levre*', 'langue', 'gorge',
  'labbr*', 'lingua', 'gola', 'labio*', 'lengua', 'garganta', 'ajk*', 'nyelv*', 'torok*', 'torkom',
];

/**
 * Asking whether a treatment hurts ("ob es sehr weh tut", "I'd like to know if it hurts", "dacă doare", "si ça fait mal"): a
 * question about it, told as a statement; the pain word in it is not the writer's pain. Said without a person ("it"), so "I
 * wonder whether my tooth hurts because of the filling" keeps the pain.
 */
export const ASKED_WHETHER_PAIN_TERMS: readonly Term[] = [
  'whether it hurts', 'if it hurts', 'whether it will hurt', 'if it will hurt', 'if it would hurt', 'whether it would hurt', 'whether it is painful',
  'if it is painful', 'daca doare', 'daca o sa doara', 'daca doare tare', 'daca doare mult', 'daca e dureros', 'daca este dureros',
  'ob es weh tut', 'ob es sehr weh tut', 'ob das weh tut', 'ob das sehr weh tut', 'ob es wehtut', 'ob es schmerzt', 'ob es schmerzhaft ist',
  'ob es sehr schmerzhaft ist', 'si ca fait mal', 'si ca fait tres mal', 'si c est douloureux', { term: 'se fa male', langs: ['it'] },
  { term: 'se fa molto male', langs: ['it'] }, { term: 'se e doloroso', langs: ['it'] }, { term: 'si duele', langs: ['es'] },
  { term: 'si duele mucho', langs: ['es'] }, { term: 'si es doloroso', langs: ['es'] }, 'hogy faj e', 'hogy fajdalmas e',
];

/** "It's killing me", "mă omoară": pain, unless said of a price or a habit (FIGURATIVE_PAIN_TERMS). */
export const KILLING_ME_TERMS: readonly Term[] = ['killing me', 'ma omoara'];
/**
 * What "is killing me" when it is not pain: a price or a bill, a habit, messages ("your prices are killing me", "my coffee
 * habit is killing me", "prețurile voastre mă omoară", "killing me softly with these prices"). A KILLING_ME_TERMS
 * phrase with one of these next to it (same clause, three words apart at most) is a figure of speech; other pain words still count.
 */
export const FIGURATIVE_PAIN_TERMS: readonly Term[] = [
  'price', 'prices', 'pricing', 'cost', 'costs', 'bill', 'bills', 'invoice', 'habit', 'habits', 'coffee', 'caffeine', 'addiction', 'suspense',
  'messages', 'texts', 'emails', 'softly',
  'pret', 'pretul', 'preturi', 'preturile', 'costul', 'costurile', 'factura', 'facturile', 'obicei*', 'cafea', 'cafeaua', 'mesaj*',
];

/**
 * Not bearing it: a negated verb of enduring, standing, taking ("I can't take this toothache anymore", "nu mai suport
 * durerea", "halte es nicht aus", "je n'en peux plus", "non ce la faccio", "no aguanto el dolor", "nem bírom a fájdalmat").
 * Its negation is about the enduring, not the symptom after it, which is there and too much (isNegated's `lifted`).
 * Only modal or first-person forms: "I don't take pain meds" is no such phrase.
 */
export const ENDURANCE_TERMS: readonly Term[] = [
  // en
  'can not take', 'could not take', 'can not stand', 'could not stand', 'can not bear', 'could not bear', 'can not handle', 'could not handle',
  'can not cope', 'could not cope', 'can not deal', 'can not tolerate', 'can not endure', 'can not live with', 'can not put up with',
  'not take much more', 'not take any more', 'not take anymore', 'not take it', 'not take this', 'not stand it', 'not stand this',
  'not bear it', 'not bear this', 'not put up with',
  // ro
  'nu suport', 'nu mai suport', 'n o mai suport', 'nu o mai suport', 'nu l mai suport', 'nu pot suporta', 'nu mai pot suporta', 'nu rezist',
  'nu mai rezist', 'nu mai pot rezista', 'nu mai pot', 'nu mai indur', 'nu mai tolerez', 'nu mai duc',
  // de ("ich halte es nicht aus", "ich kann nicht mehr vor Schmerzen", "ich ertrage es nicht")
  'halte es nicht', 'halte das nicht', 'halt es nicht', 'halte nicht', 'halte ich nicht', 'kann nicht mehr', 'nicht mehr aushalten', 'nicht aushalten',
  'nicht mehr auszuhalten', 'nicht auszuhalten', 'nicht mehr ertragen', 'nicht ertragen', 'ertrage es nicht', 'ertrage das nicht', 'ertrage nicht',
  // fr ("je n'en peux plus", "je ne supporte plus", "je supporte pas")
  'n en peux plus', 'ne peux plus', 'ne supporte', 'ne la supporte', 'ne le supporte', 'supporte pas', 'supporte plus', 'ne tiens plus', 'tiens plus',
  'ne tiens pas', 'n en pouvais plus',
  // it
  'non ce la faccio', 'non ce la faccio piu', 'non sopporto', 'non la sopporto', 'non lo sopporto', 'non resisto', 'non reggo', 'non ne posso piu',
  // es
  'no aguanto', 'no la aguanto', 'no lo aguanto', 'ya no aguanto', 'no soporto', 'no la soporto', 'no lo soporto', 'no puedo mas', 'no resisto',
  // hu
  'nem birom', 'nem birom tovabb', 'nem birom mar', 'nem birom ki', 'nem tudom elviselni', 'nem lehet kibirni', 'nem lehet elviselni',
];

/** Pain (without red flags it routes to the doctor on call). */
export const PAIN_TERMS: readonly Term[] = [
  'durer*', 'doare', 'ma doare', 'ma dor', 'il doare', 'junghi*', 'zvacn*', 'abces*', 'ma supara', 'ma chinuie',
  'insuportabil*', 'agony', 'excruciating', 'unbearable', 'unertraglich', 'insupportable', 'insopportabile', 'insoportable',
  'elviselhetetlen',
  'pain', 'pains', 'in pain', 'hurts', 'hurting', 'ache', 'aches', 'aching', 'toothache*', 'sore', 'throbbing', 'abscess*',
  ...KILLING_ME_TERMS,
  'schmerz*', 'zahnschmerz*', 'tut weh', 'weh', 'entzund*',
  'douleur*', 'mal aux dents', 'mal a la dent', 'mal de dents', 'j ai mal', 'fait mal', 'abces',
  'dolor*', 'mal di denti', 'mal di denti', 'fa male', 'fanno male', 'ascesso',
  'duele*', 'me duele', 'absceso',
  'faj', 'fajdalom*', 'fajos', 'fajnak', 'fajt',
  // inflected ("a fájdalmat", "fájdalmas") and toothache ("fogfájás", "fogfájásom")
  'fajdalm*', { term: '*fajas*', langs: ['hu'] },
];

/** First-person words: a pain word in a question counts only with one ("my tooth hurts?" yes, "does it hurt?" no). */
export const FIRST_PERSON_TERMS: readonly Term[] = [
  'ma', 'mi', 'am', 'imi', 'eu', 'my', 'i', 'me', 'mich', 'mir', 'mein*', 'ich', 'je', 'j', 'moi', 'mon', 'ma', 'mes',
  'mio', 'mia', 'ho', 'yo', 'tengo', 'nekem', 'fogam',
];
