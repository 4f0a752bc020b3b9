import type { Term } from '../scoring/text-matching.ts';

/**
 * Symptom and crisis words for triage, in ro, en, de, fr, it, es, hu (matched without diacritics;
 * `*` marks a prefix). Red flags are found either as a phrase or as two groups in the same clause
 * ("jaw" + "broken", "breathe" + "can not"), so word order and inflection matter less.
 */

/** Self-harm and suicide language. Never negated: "I don't want to live anymore" is itself a crisis phrase. */
export const CRISIS_TERMS: readonly Term[] = [
  // ro
  'sinucid*', 'sinucidere', 'ma sinucid', 'sa ma sinucid', 'vreau sa mor', 'as vrea sa mor', 'vreau sa ma omor', 'ma omor',
  'sa ma omor', 'nu mai vreau sa traiesc', 'nu mai vreau sa exist', 'nu mai are rost sa traiesc', 'sa imi iau viata',
  'sa mi iau viata', 'imi iau viata', 'sa imi pun capat zilelor', 'sa mi pun capat zilelor', 'ma autoranesc', 'sa imi fac rau',
  'sa mi fac rau', 'supradoza', 'am luat toate pastilele', 'o cutie de pastile', 'nu mai vreau sa fiu aici', 'vreau sa dispar', 'nu mai are rost nimic',
  // en
  'kill myself', 'killing myself', 'suicide', 'suicidal', 'end my life', 'take my own life', 'want to die', 'wanna die',
  'do not want to live', 'no reason to live', 'better off dead', 'self harm', 'self-harm', 'want to hurt myself', 'going to hurt myself', 'hurting myself on purpose',
  'end it all', 'bottle of pills', 'took all my pills', 'overdose', 'overdosed', 'want it all to stop', 'do not want to be here anymore', 'not want to be here anymore', 'do not want to be alive', 'want to end it',
  'can not go on', 'no point in living', 'not worth living', 'point of living', 'point in living', 'point to living',
  'better off without me', 'better without me', 'mai bine fara mine', 'besser ohne mich', 'mieux sans moi', 'meglio senza di me',
  'mejor sin mi', 'jobb lenne nelkulem',
  // de
  'mich umbringen', 'selbstmord', 'suizid*', 'nicht mehr leben', 'will sterben', 'mochte sterben', 'mir das leben nehmen',
  'mich selbst verletzen', 'uberdosis', 'alle tabletten genommen', 'mich ritzen', 'nicht mehr da sein',
  // fr
  'me suicider', 'envie de mourir', 'veux mourir', 'en finir avec la vie', 'envie d en finir', 'me tuer', 'plus envie de vivre', 'me faire du mal',
  'mettre fin a mes jours', 'surdose', 'je ne veux plus vivre', 'je veux disparaitre',
  // it
  'suicidarmi', 'suicidio', 'voglio morire', 'farla finita', 'togliermi la vita', 'non voglio piu vivere', 'uccidermi',
  'farmi del male', 'tutte le pillole', 'voglio sparire',
  // es
  'suicidarme', 'quiero morir', 'quiero morirme', 'quitarme la vida', 'matarme', 'no quiero vivir', 'acabar con todo',
  'hacerme dano', 'sobredosis', 'no quiero seguir viviendo', 'no quiero estar aqui', 'quiero desaparecer',
  // hu
  'ongyilkos*', 'meg akarok halni', 'megolom magam', 'nem akarok elni', 'veget vetek az eletemnek', 'artani magamnak', 'tuladagol*', 'nem akarok tovabb elni', 'el akarok tunni',
];

export const FEVER_TERMS: readonly Term[] = [
  'febra', 'febril*', 'temperatura', 'fever', 'feverish', 'temperature', 'fieber', 'fievre', 'febbre', 'fiebre', 'calentura',
  'temp', 'fieber*', 'fiebrig', 'febbr*', 'fievreu*', 'febr*',
  'laz', 'lazas', 'lazam', 'lazat', '*lazas*', 'frison*', 'chills', 'shiver*', 'schuttelfrost', 'frissons', 'brivid*', 'escalofrio*', 'hidegraz*',
];

/**
 * A body temperature written as a number: 38.5, 39,2, 38 °C, 39 de grade, 39 of degrees, 39 fok,
 * 39 gradi, 38 grados, 39 degrés (a whole number needs its degree word: "am 39 de ani" is an age).
 */
export const FEVER_NUMBER =
  /(?:^|[^\d.,])(?:3[89]|4[01])(?:[.,]\d)?\s*(?:(?:de|of)\s+)?(?:°|º|(?:grade|grad|gradi|grados|degrees?|degr[eé]s?|fok\p{L}*|c)(?!\p{L}))|(?:^|[^\d.,])(?:3[89]|4[01])[.,]\d(?![\d.,])/iu;

export const SWELLING_TERMS: readonly Term[] = [
  'umfla*', 'tumefact*', 'swollen', 'swelling', 'swelled', 'geschwollen', 'schwellung', 'dicke backe',
  'gonfl*', 'enfl*', 'gonfi*', 'hinchad*', 'hinchazon', 'inflamad*', '*dagad*', '*duzzad*',
  // puffed-up cheek; German and Italian participles with a prefix (angeschwollen, tumefatto); se hinchó
  'puffy', 'puffed', 'puffing', '*geschwollen', 'tumefatt*', 'tumefi*', 'hincho', 'hinchado', 'se hincha*',
];

export const BLEEDING_TERMS: readonly Term[] = [
  'sanger*', 'sange', 'bleed*', 'blood', 'blut*', 'saign*', 'sang', 'sanguin*', 'sangue', 'sangr*', 'sangre', 'verz*',
];

/** Bleeding that is severe by itself. */
export const HAEMORRHAGE_TERMS: readonly Term[] = ['hemoragi*', 'haemorrhag*', 'hemorrhag*', 'emorragi*', 'hemorragi*'];

/** Words that make bleeding (in the same clause) uncontrolled rather than a gum that bleeds when brushing. */
export const SEVERE_BLEEDING_TERMS: readonly Term[] = [
  'nu se opreste', 'nu se mai opreste', 'nu se oprea', 'nu pot opri', 'ore', 'mult', 'foarte mult', 'abundent',
  'not stop', 'not stopping', 'will not stop', 'keeps bleeding', 'heavy', 'heavily', 'a lot', 'so much', 'hours',
  // bleeding that goes on: nonstop, soaked through, everywhere
  'nonstop', 'non stop', 'keeps coming', 'keeps flowing', 'keeps pouring', 'pouring', 'continuu', 'continuous*', 'constantly', 'soaked', 'soaking', 'imbibat*', 'peste tot', 'everywhere',
  'ununterbrochen', 'standig', 'uberall', 'sans cesse', 'partout', 'senza sosta', 'continuamente', 'ovunque', 'sin parar',
  'por todas partes', 'folyamatosan', 'mindenhol',
  'hort nicht auf', 'stark', 'stundenlang', 'stunden', 'ne s arrete pas', 'beaucoup', 'abondamment', 'heures',
  'non si ferma', 'non smette', 'molto', 'tanto', 'no para', 'mucho', 'muchisimo', 'horas',
  'nem all el', 'nagyon', 'eros*', 'oraja', 'orak',
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
  'baleset*', 'elestem', 'leestem', 'megutottek', 'kiutott*', 'kiesett a fogam',
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
  'elbowed', 'kicked', 'headbutt*', 'got hit', 'was hit', 'been hit', 'hit by', 'hit in', 'hit my', 'hit his', 'hit her', 'knocked', 'avulsi*', 'dislodged',
  'gesturzt', 'sturz', 'gestolpert', '*gefallen', 'geschlagen', 'ausgeschlagen', 'rausgeschlagen', 'zusammengestossen', 'schlagerei',
  'tombe*', 'chute', 'cogne*', 'heurte*', 'bagarre',
  'caduto', 'caduta', 'cadut*', 'cadendo', 'sbattut*', 'colpit*', 'botta', 'pugno', 'inciampat*', 'rissa',
  'caido', 'caida', 'cayo', 'cai', 'golpe*', 'tropez*', 'choque', 'choco', 'pelea',
  'elesett', 'elestem', 'esett', 'leesett', 'eses*', 'megutott*', 'utes*', 'nekiment', 'bevert*', 'verekedes',
];
/** Where an impact word means something came loose, not that someone fell ("mi-a căzut plomba", "filling fell out"). */
export const NOT_IMPACT_TERMS: readonly Term[] = [
  'mi a cazut', 'i a cazut', 'ti a cazut', 'mi au cazut', 'i au cazut', 'mi a cazuta', 'fell out', 'fallen out', 'fell off',
  'mi e cadut*', 'gli e cadut*', 'le e cadut*', 'se me cayo', 'se le cayo', 'se me ha caido', 'se le ha caido',
  'rausgefallen', 'herausgefallen', 'hat mir gefallen', 'gut gefallen',
];
/** Teeth, mouth, jaw, face. */
export const MOUTH_AREA_TERMS: readonly Term[] = [
  'dinte*', 'dinti*', 'masea*', 'gura', 'gurii', 'buza', 'buze*', 'fata', 'falca', 'maxilar*', 'barbi*', 'obraz*', 'nas',
  'tooth', 'teeth', 'mouth', 'lip', 'lips', { term: 'face', langs: ['en'] }, 'jaw*', 'chin', 'cheek*', 'nose',
  'zahn*', '*zahn', '*zahne', 'mund', 'lippe*', 'gesicht', 'kiefer*', 'kinn', 'backe', 'nase',
  'dent', 'dents', 'bouche', 'levre*', 'visage', 'machoire', 'menton', 'joue', 'nez',
  'dente', 'denti', 'bocca', 'labbr*', 'viso', 'faccia', 'mascella', 'mento', 'guancia', 'naso',
  'diente*', 'muela*', 'boca', 'labio*', 'cara', 'mandibul*', 'barbilla', 'mejilla', 'nariz',
  'fog', 'foga*', 'fogam', 'fogat', 'fogai*', 'szaj*', 'ajk*', 'arc', 'arcom', 'arca', 'arcat', 'allkapocs*', 'orr*',
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
  'lelegz*', 'levego*',
];
export const SWALLOWING_TERMS: readonly Term[] = [
  'inghit*', 'inghiti', 'swallow*', 'schluck*', 'avaler', 'deglut*', 'ingoiare', 'ingoio', 'tragar', 'trago', 'nyel*',
];
/** Difficulty words that turn "breathe"/"swallow" into a red flag when in the same clause. */
export const DIFFICULTY_TERMS: readonly Term[] = [
  'nu pot', 'nu mai pot', 'greu', 'cu greu', 'abia', 'can not', 'could not', 'difficulty', 'difficult', 'trouble', 'hard',
  'struggling', 'unable', 'short of', 'shortness', 'barely', 'hardly', 'struggle*', 'laboured', 'labored', 'anevoie', 'a peine', 'a malapena', 'apenas', 'kann nicht', 'kaum', 'schwer', 'schwierig*', 'nicht', 'du mal', 'ne peux',
  'difficile', 'difficulte', 'non riesco', 'difficolta', 'fatica', 'no puedo', 'dificultad', 'me cuesta', 'nehez*', 'nem tudok',
  'nem kapok', 'alig',
];
/** Phrases that are breathing red flags on their own. */
export const BREATHING_PHRASES: readonly Term[] = [
  'ma sufoc', 'sufoc*', 'atemnot', 'keine luft', 'erstick*', 'j etouffe', 'etouff*', 'soffoc*', 'me ahogo', 'ahog*', 'fullad*',
  'choking', 'suffocat*',
];

/** Pain (without red flags it routes to the doctor on call). */
export const PAIN_TERMS: readonly Term[] = [
  'durer*', 'doare', 'ma doare', 'ma dor', 'il doare', 'junghi*', 'zvacn*', 'abces*', 'ma omoara', 'ma supara', 'ma chinuie',
  'insuportabil*', 'agony', 'excruciating', 'unbearable', 'unertraglich', 'insupportable', 'insopportabile', 'insoportable',
  'elviselhetetlen',
  'pain', 'pains', 'in pain', 'hurts', 'hurting', 'ache', 'aches', 'aching', 'toothache*', 'sore', 'throbbing', 'abscess*',
  'killing me',
  'schmerz*', 'zahnschmerz*', 'tut weh', 'weh', 'entzund*',
  'douleur*', 'mal aux dents', 'mal a la dent', 'mal de dents', 'j ai mal', 'fait mal', 'abces',
  'dolor*', 'mal di denti', 'mal di denti', 'fa male', 'fanno male', 'ascesso',
  'duele*', 'me duele', 'absceso',
  'faj', 'fajdalom*', 'fajos', 'fajnak', 'fajt',
];

/** First-person words: a pain word in a question counts only with one ("my tooth hurts?" yes, "does it hurt?" no). */
export const FIRST_PERSON_TERMS: readonly Term[] = [
  'ma', 'mi', 'am', 'imi', 'eu', 'my', 'i', 'me', 'mich', 'mir', 'mein*', 'ich', 'je', 'j', 'moi', 'mon', 'ma', 'mes',
  'mio', 'mia', 'ho', 'yo', 'tengo', 'nekem', 'fogam',
];
