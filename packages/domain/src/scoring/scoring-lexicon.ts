import type { Term } from './text-matching.ts';

/**
 * The words the rule scorer looks for, in Romanian, English, German, French, Italian, Spanish and
 * Hungarian. Written with or without diacritics (matching ignores them); `*` marks a prefix.
 * Words that mean something else in another language carry `langs`.
 */

export const PROCEDURE_NAMES = [
  'implants',
  'all-on-x',
  'veneers',
  'crowns',
  'orthodontics',
  'whitening',
  'extraction',
  'root-canal',
  'hygiene',
  'aesthetic',
  'dentures',
  'fillings',
  'gum-treatment',
  'dental-treatment',
] as const;
export type ProcedureName = (typeof PROCEDURE_NAMES)[number];

/** The generic name, dropped when a specific procedure is also named. */
export const GENERIC_PROCEDURE: ProcedureName = 'dental-treatment';

export const PROCEDURE_TERMS: Readonly<Record<ProcedureName, readonly Term[]>> = {
  implants: ['implant*', 'impiant*', 'implantologie', 'implantolog*'],
  'all-on-x': [
    'all on 4', 'all on 6', 'all on x', 'all on four', 'all on six', 'allon4', 'allon6', 'all4', 'full arch', 'full-arch',
    'arcada completa', 'arcada intreaga', 'arcade complete', 'dinti ficsi', 'dantura fixa', 'lucrare fixa pe implanturi',
  ],
  veneers: [
    'veneer*', 'fateta', 'fatete', 'fatetele', 'fatetelor', 'fateta dentara', 'facette*', 'faccett*', 'carilla*',
    'porcelan hej*', 'hejak*',
  ],
  crowns: ['coroan*', 'crown*', 'krone', 'kronen', 'zahnkrone*', 'couronne*', 'corona', 'corone', 'coronas', 'korona*'],
  orthodontics: [
    'ortodont*', 'orthodont*', 'aparat dentar', 'aparatul dentar', 'aparate dentare', 'aparat ortodontic', 'aparatul ortodontic',
    'gutier*', 'aligner*', 'invisalign', 'braces', 'dinti strambi', 'dintii strambi', 'dinti inghesuiti', 'crooked teeth',
    'straighten* my teeth', 'teeth straightening', 'schiefe zahne', 'dents de travers', 'denti storti', 'dientes torcidos', 'ferde fog*', 'zahnspange*', 'kieferorthop*', 'appareil dentaire', 'appareil orthodontique',
    'gouttiere*', 'apparecchi*', 'ortodonzia', 'ortodoncia', 'brackets', 'frenillos', 'fogszabaly*',
  ],
  whitening: [
    'albir*', 'albit', 'albirea dintilor', 'whitening', 'whiten*', 'bleaching', 'zahnaufhellung', 'blanchiment', 'sbiancamento',
    'blanqueamiento', 'fogfeherit*',
  ],
  extraction: [
    'extracti*', 'extractia', 'scos* masea', 'scoate* dinte*', 'masea de minte', 'maseaua de minte', 'extraction*', 'pull* tooth',
    'tooth pulled', 'wisdom tooth', 'wisdom teeth', 'extrakt*', 'zahn ziehen', 'weisheitszahn*', 'dent de sagesse', 'estrazion*',
    'dente del giudizio', 'extraccion*', 'muela del juicio', 'foghuzas', 'bolcsessegfog*',
  ],
  'root-canal': [
    'tratament de canal', 'tratamentul de canal', 'tratament endodontic', 'canal radicular', 'devitaliz*', 'root canal*',
    'endodont*', 'wurzelbehandlung*', 'wurzelkanal*', 'devitalisation', 'traitement de canal', 'devitalizzazione',
    'cure canalari', 'endodonzia', 'endodoncia', 'tratamiento de conducto', 'gyokerkezeles*',
  ],
  hygiene: [
    'detartraj*', 'igienizar*', 'periaj profesional', 'airflow', 'curatare profesionala', 'scaling', 'cleaning', 'teeth cleaning',
    'dental hygiene', 'hygiene', 'zahnreinigung', 'pzr', 'prophylaxe', 'detartrage', 'nettoyage', 'pulizia', 'igiene',
    'ablazione', 'limpieza', 'higiene', 'fogko*', 'fogtisztitas',
  ],
  aesthetic: [
    'botox', 'acid hialuronic', 'hialuronic', 'filler*', 'marire buze', 'estetica faciala', 'tratament* estetic*',
    'mezoterapi*', 'aesthetic*', 'estetic*', 'esthetic*', 'anti aging', 'antirid*', 'hyaluron*', 'faltenbehandlung', 'unterspritz*',
    'acide hyaluronique', 'medecine esthetique', 'medicina estetica', 'acido ialuronico', 'acido hialuronico',
    'ajakfeltoltes', 'eszteti*', 'cosmetic*', 'smile makeover', 'smile design', 'hollywood smile', 'design de zambet',
  ],
  dentures: [
    'protez*', 'denture*', 'prothese*', 'zahnersatz', 'dentier', 'protesi', 'dentadura*', 'protesis', 'fogsor*', 'fogpotlas*',
  ],
  fillings: [
    'plomb*', 'obturati*', 'carie', 'carii', 'filling', 'fillings', 'cavity', 'cavities', 'fullung*', 'karies', 'otturazion*',
    'empaste*', 'caries', 'tomes', 'fogtomes',
  ],
  'gum-treatment': [
    'gingi*', 'parodont*', 'periodont*', 'gums', 'gum disease', 'gum treatment', 'zahnfleisch*', 'gencive*', 'gengiv*', 'encia*',
    'fogint*', 'fogagy*',
  ],
  'dental-treatment': [
    'tratament*', 'treatment*', 'treat', 'behandlung*', 'traitement*', 'trattament*', 'tratamiento*', 'kezeles*',
    'stomatolog*', 'dentist', 'zahnarzt', 'dentiste', 'dentista', 'fogorvos*', 'lucrare', 'lucrari', 'lucrare dentara',
    'lucrari dentare',
    // teeth themselves ("getting my teeth sorted", "cat costa sa-mi refac dintii")
    'dinte', 'dintele', 'dinti', 'dintii', 'dintilor', 'masea', 'maseaua', 'masele', 'tooth', 'teeth', 'zahn', 'zahne',
    'zahnen', { term: 'dent', langs: ['fr'] }, 'dents', 'dente', 'denti', 'diente', 'dientes', 'muela', 'muelas',
    { term: 'fog', langs: ['hu'] }, 'fogam', 'fogaim', 'fogak', 'fogat', 'fogaimat',
    // sedation and anaesthesia for anxious patients
    'sedare', 'sedation', 'sedierung', 'sedazione', 'sedacion', 'narcoza', 'anestezie generala', 'general anaesthesia',
    'general anesthesia', 'vollnarkose', 'narkose', 'anesthesie generale', 'anestesia generale', 'anestesia general', 'altatas*',
    // a guard or splint made to measure ("custom mouthguards for rugby", "Aufbissschiene", "protector bucal")
    'mouthguard*', 'mouth guard*', 'gumshield*', 'gum shield*', 'night guard*', 'nightguard*', 'bite splint*', 'proteza de sport',
    'protectie dentara', 'zahnschutz*', 'sportmundschutz', 'aufbissschiene*', 'knirscherschiene*', 'protege dents', 'protege dent',
    'paradenti', 'bite notturno', 'protector bucal', 'protectores bucales', 'ferula de descarga', 'fogvedo*', 'harapasemelo*',
    // the smile ("get my smile fixed", "vreau un zâmbet frumos")
    'smile', 'zambet*', 'lacheln', 'sourire', 'sorriso', 'sonrisa', 'mosoly*',
  ],
};

/**
 * Whose tooth: a first-person or possessive word, or a family noun with the Romanian definite article
 * ("băiatul", "fetița": one's own). In an "if" clause asked in advance, a tooth without one is anyone's
 * ("what should you do if a tooth gets knocked out?", "ce faceți dacă un copil își scoate un dinte?"):
 * a first-aid question, not interest in treatment; "if my son ever knocks a tooth out" is about a patient.
 */
export const OWNER_TERMS: readonly Term[] = [
  'my', 'our', 'his', 'her', 'their', 'me', 'i', 'we', 'us', 'meu', 'mea', 'mei', 'mele', 'nostru', 'noastra', 'nostri', 'ma', 'mi', 'imi', 'am', 'eu', 'noi', 'ne',
  'baiatul', 'baiatului', 'baietelul', 'fiul', 'fiului', 'fiica', 'fata', 'fetei', 'fetita', 'fetitei', 'copilul', 'copilului', 'copiii', 'sotul', 'sotia', 'nepotul', 'nepoata',
  'mein*', 'unser*', 'ich', 'mir', 'mich', 'sein', 'seine', 'seinen', 'ihre', 'ihren', { term: 'mon', langs: ['fr'] }, 'mes', 'notre', 'nos', 'je', 'j',
  { term: 'son', langs: ['fr'] }, { term: 'sa', langs: ['fr'] }, { term: 'ses', langs: ['fr'] }, 'mio', 'mia', 'miei', 'nostro', 'nostra', 'nostri', 'suo', 'sua', 'ho',
  { term: 'mi', langs: ['es'] }, 'mis', 'nuestro', 'nuestra', 'nuestros', { term: 'su', langs: ['es'] }, { term: 'sus', langs: ['es'] }, 'yo',
  'fiam', 'lanyom', 'gyerekem', 'fogam', 'nekem',
];

/** Negations; "ne" is French/Hungarian only (in Romanian it means "us"). */
export const NEGATION_TERMS: readonly Term[] = [
  'nu', 'nici', 'fara', 'niciodata', 'not', 'no', 'never', 'without', 'kein*', 'nicht', 'nie', 'ohne', 'pas', 'jamais', 'sans',
  { term: 'ne', langs: ['fr', 'hu'] }, { term: 'n', langs: ['ro'] }, 'non', 'senza', 'mai piu', 'niente', 'sin', 'nunca', 'nem', 'nincs', 'sem',
];

/** Interest words; negated they mean "not interested" ("nu sunt interesat", "kein Interesse", "no me interesa"). */
export const INTEREST_TERMS: readonly Term[] = [
  'interesat*', 'intereseaza', 'interested', 'interessiert', 'interesse', 'interesa', 'interessa', 'interessato', 'interessata',
  'interesado', 'interesada', 'interesse', 'interessee', 'erdekel', 'erdeklod*', 'erdekelne',
];

/** A currency: a price said as an amount ("200 de lei", "500 euro"); in a voucher's clause, the voucher's value (VOUCHER_TERMS). */
export const CURRENCY_TERMS: readonly Term[] = ['lei', 'euro', 'eur'];

/** A price or cost question that names its subject: counts on its own. */
export const PRICE_TERMS: readonly Term[] = [
  'cat costa', 'cat ma costa', 'cat ar costa', 'cat ar veni', 'cat vine', 'cat m ar costa', 'ce pret', 'costa', 'costul', 'costuri*', 'pret*', 'tarif*', 'buget*', 'oferta', 'reducere*',
  'scump*', 'ieftin*', ...CURRENCY_TERMS,
  'cost', 'costs', 'costing', 'rates', 'price', 'prices', 'pricing', 'fee', 'fees', 'quote', 'estimate', 'budget', 'afford*', 'cheap*',
  'expensive', 'discount*',
  'preis*', 'kosten', 'kostet', 'kostenvoranschlag', 'teuer', 'gunstig', 'angebot',
  'prix', 'coute', 'coutent', 'cout', 'devis',
  // Italian "preventivo" (a quote), not Romanian "preventiv" (as a precaution: "întreb preventiv")
  'prezz*', 'costo', 'costano', 'preventivo', 'preventivi',
  'precio*', 'cuesta', 'cuestan', 'presupuesto', 'coste',
  'mennyibe', 'mennyibe kerul', 'kerul', { term: 'ar', langs: ['hu'] }, { term: 'ara', langs: ['hu'] }, 'arak', 'koltseg*',
  'arajanlat',
];

/**
 * A gift voucher or gift card ("un buono regalo da 200 euro", "a £100 gift card", "Gutschein über 50 Euro"): the amount named
 * with it is its value, not a price asked.
 */
export const VOUCHER_TERMS: readonly Term[] = [
  'voucher*', 'gift card', 'gift voucher', 'gift certificate', 'card cadou', 'bon cadou', 'bon valoric', 'gutschein*', 'geschenkgutschein*',
  'bon cadeau', 'carte cadeau', 'cheque cadeau', 'buono regalo', 'buono sconto', 'buono acquisto', 'carta regalo', 'tarjeta regalo',
  'bono regalo', 'cheque regalo', 'vale regalo', 'ajandekutalvany*', 'ajandekkartya*', 'utalvany*',
];

/**
 * A treatment already had elsewhere ("la pulizia l'ho già fatta altrove", "I had it done elsewhere", "schon woanders gemacht"):
 * the procedure named in that clause is not wanted here, as if declined.
 */
export const DONE_ELSEWHERE_TERMS: readonly Term[] = [
  'am facut o in alta parte', 'am facut o deja in alta parte', 'am facut deja in alta parte', 'am facut in alta parte', 'mi am facut o in alta parte',
  'am facut o la alta clinica', 'am facut o la alt medic', 'am rezolvat in alta parte', 'am rezolvat o in alta parte', 'facut in alta parte',
  'done elsewhere', 'did it elsewhere', 'done somewhere else', 'did it somewhere else', 'done at another clinic', 'done at another dentist',
  'done by another dentist', 'woanders gemacht', 'woanders machen lassen', 'woanders erledigt', 'anderswo gemacht', 'bei einem anderen zahnarzt gemacht',
  'in einer anderen praxis gemacht', 'fait ailleurs', 'faite ailleurs', 'faits ailleurs', 'fait faire ailleurs', 'faite faire ailleurs',
  'fait dans un autre cabinet', 'fait chez un autre dentiste', 'fatta altrove', 'fatto altrove', 'fatti altrove', 'fatte altrove',
  'fatta da un altra parte', 'fatto da un altra parte', 'fatta in un altro studio', 'fatto in un altro studio', 'fatta da un altro dentista',
  'fatto da un altro dentista', 'hecho en otro sitio', 'hecha en otro sitio', 'hecho en otro lado', 'hecha en otro lado', 'hecho en otra clinica',
  'hecha en otra clinica', 'hice en otro sitio', 'hice en otra clinica', 'mashol megcsinaltattam', 'mashol csinaltattam', 'mashol megcsinaltak',
  'mashol csinaltak meg', 'mashol mar megcsinaltak',
];

/**
 * Leaving for good: moving abroad or away ("mă mut definitiv în Canada", "we're moving abroad", "ich wandere aus"). Without a
 * treatment asked for before leaving, a patient saying goodbye, not a prospective one; moving *to* the city is not leaving.
 */
export const LEAVING_TERMS: readonly Term[] = [
  'ma mut definitiv', 'ma mut in strainatate', 'ma mut in alta tara', 'ma mut din tara', 'ma mut din oras', 'plec definitiv', 'plec din tara',
  'plec in strainatate', 'emigrez', 'ne mutam definitiv', 'ne mutam in strainatate', 'ne mutam din tara',
  'moving abroad', 'moving away', 'moving overseas', 'moving out of the country', 'leaving the country', 'moving permanently', 'emigrating',
  'relocating abroad', 'moving to another country', 'moving away for good', 'moving for good',
  'ziehe* ins ausland', 'ziehe* weg', 'ziehe* dauerhaft', 'auswander*', 'wandere aus', 'wandern aus', 'dauerhaft ins ausland', 'fur immer ins ausland',
  'verlasse* das land',
  'demenage a l etranger', 'demenage definitivement', 'je pars definitivement', 'je quitte le pays', 'demenageons a l etranger',
  'pars vivre a l etranger', 'mi trasferisco all estero', 'mi trasferisco definitivamente', 'ci trasferiamo all estero', 'lascio il paese',
  'vado a vivere all estero', 'me mudo al extranjero', 'me mudo definitivamente', 'me voy del pais', 'nos mudamos al extranjero',
  'me voy a vivir al extranjero', 'kulfoldre koltozom', 'kulfoldre koltozunk', 'vegleg elkoltozom', 'elkoltozom', 'elkoltozunk', 'kikoltozom',
];

/** "How much" words: count as a price question only when a procedure is named. */
export const WEAK_PRICE_TERMS: readonly Term[] = [
  'cat e', 'cat este', 'cat sunt', 'how much', 'wie viel', 'wieviel', 'combien', 'quanto', 'quanti', 'cuanto', 'cuantos', 'mennyi',
];

/** "How much" about time or visits, not money ("mennyi idő alatt", "how much time", "combien de séances"). */
export const NOT_PRICE_TERMS: readonly Term[] = [
  'cat timp', 'cat dureaza', 'cate sedinte', 'how much time', 'how much longer', 'how much pain', 'wie viel zeit', 'wieviel zeit',
  'wie viele sitzungen', 'combien de temps', 'combien de seances', 'combien de rendez vous', 'quanto tempo', 'quanto dura',
  'quanti giorni', 'quante sedute', 'cuanto tiempo', 'cuanto dura', 'cuantos dias', 'cuantas sesiones', 'mennyi ido*',
  'mennyi ideig',
];

export const FINANCING_TERMS: readonly Term[] = [
  { term: 'rate', langs: ['ro', 'it'] }, 'in rate', 'rata', 'ratele', 'finantare', 'finantar*', 'credit', 'plata esalonata',
  'financing', 'finance', 'installment*', 'instalment*', 'payment plan*', 'payment option*', 'pay in installments', 'pay over time', 'monthly payments', 'pay monthly',
  'finanzierung', 'ratenzahlung', 'raten', 'financement', 'paiement en plusieurs fois', 'mensualites',
  'finanziamento', 'a rate', 'pagamento rateale', 'financiacion', 'a plazos', 'plazos', 'reszlet*', 'hitel*',
];

/** Today, tomorrow, as soon as possible. */
export const URGENT_TIMELINE_TERMS: readonly Term[] = [
  'azi', 'astazi', 'acum', 'maine', 'poimaine', 'cat mai repede', 'cat mai curand', 'urgent', 'urgenta', 'imediat', 'diseara',
  'today', 'tonight', 'tomorrow', 'this afternoon', 'this evening', 'this morning', 'asap', 'as soon as possible', 'right away', 'right now', 'urgently',
  'heute', 'morgen fruh', 'bis morgen', 'fur morgen', 'sofort', 'dringend', 'so schnell wie moglich', 'moglichst bald',
  'aujourd hui', 'demain', 'au plus vite', 'des que possible', 'ce soir',
  'oggi', 'domani', 'urgente', 'al piu presto', 'prima possibile', 'stasera',
  'hoy', 'manana', 'lo antes posible', 'cuanto antes', 'esta tarde',
  { term: 'ma', langs: ['hu'] }, 'holnap', 'surgos*', 'azonnal', 'minel elobb',
];

/** This week, next week, a weekday. */
export const SOON_TIMELINE_TERMS: readonly Term[] = [
  'saptamana asta', 'saptamana aceasta', 'saptamana viitoare', 'luna asta', 'luna aceasta', 'luna viitoare', 'weekend',
  'zilele astea', 'zilele urmatoare', 'in curand', 'saptamana urmatoare',
  // "săpt." written short in chat ("sapt viitoare", "sapt asta")
  'sapt viitoare', 'sapt asta', 'sapt aceasta', 'sapt urmatoare', 'sapt ce vine', 'marti', 'miercuri', 'joi', 'vineri', 'sambata', 'duminica',
  'this week', 'next week', 'this month', 'next month', 'this weekend', 'soon', 'coming days', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday',
  'diese woche', 'nachste woche', 'diesen monat', 'nachsten monat', 'bald', 'montag', 'dienstag', 'mittwoch', 'donnerstag',
  'freitag', 'samstag',
  'cette semaine', 'la semaine prochaine', 'ce mois', 'bientot', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi',
  'questa settimana', 'prossima settimana', 'settimana prossima', 'questo mese', 'lunedi', 'martedi', 'mercoledi', 'giovedi',
  'venerdi', 'sabato',
  'esta semana', 'proxima semana', 'semana que viene', 'este mes', 'pronto', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes',
  'ezen a heten', 'jovo heten', 'ebben a honapban', 'hamarosan', 'hetfo*', 'kedd*', 'szerda*', 'csutortok*', 'pentek*',
];

/** "Every", right before a day or a weekend: a habit ("my lad plays every weekend", "în fiecare sâmbătă"), not when to come in. */
export const HABITUAL_TERMS: readonly Term[] = [
  'every', 'each', 'fiecare', 'jeden', 'jede', 'jedes', 'chaque', 'tous les', 'ogni', 'cada', 'todos los', 'minden',
];

/**
 * Where an appointment word is another language's verb: Romanian "termin" is "I finish" ("să termin
 * cu tot" is crisis language, "termin la 5" is "I finish at 5"), not the German Termin.
 */
export const NOT_APPOINTMENT_TERMS: readonly Term[] = [
  { term: 'sa termin*', langs: ['ro'] }, { term: 'termin cu', langs: ['ro'] }, { term: 'termin de', langs: ['ro'] },
  { term: 'termin la', langs: ['ro'] }, { term: 'il termin', langs: ['ro'] }, { term: 'o termin', langs: ['ro'] },
  { term: 'am terminat', langs: ['ro'] }, { term: 'terminat', langs: ['ro'] },
  // unsure whether to come at all ("nu știu dacă să vin sau nu", "not sure whether to come in"): no request yet
  'daca sa vin', 'daca ar trebui sa vin', 'whether to come', 'whether i should come', 'if i should come in', 'ob ich kommen soll',
  'si je dois venir', 'se devo venire', 'si debo ir', 'si debo venir', 'si tengo que ir', 'menjek e',
  // a past visit recalled fondly, in thanks ("mi-a fost drag să vin la voi", "always enjoyed coming to you"): no request
  'drag sa vin', 'placut sa vin', 'placere sa vin', 'enjoyed coming', 'loved coming', 'pleasure to come', 'pleasure coming', 'gern zu ihnen gekommen',
  'gerne zu ihnen gekommen', 'immer gern gekommen', 'aime venir chez vous', 'plaisir de venir', 'piaciuto venire', 'piacere venire',
  'gustado venir', 'gustaba venir', 'gusto venir', 'szivesen jartam',
];

/** Asking to come in: appointment, consultation, a free slot. */
export const APPOINTMENT_TERMS: readonly Term[] = [
  'programare*', 'programari', 'programez', 'programeaza*', 'programati*', 'sa vin',
  // the infinitive after "can you" ("mă puteți programa", "m-ai putea programa")
  'ma puteti programa', 'ma poti programa', 'ma programa', 'puteti programa', 'poti programa', 'putea programa', 'ne puteti programa', 'pot veni', 'as putea veni', 'aveti loc',
  'aveti locuri', 'loc liber', 'locuri libere', 'consultati*', 'consult', 'un control', 'la control', 'o evaluare',
  'book', 'booking', 'appointment*', 'can i get in', 'could i get in', 'get me in', 'fit me in', 'squeeze me in', 'can i come', 'schedule', 'come in', 'come by', 'see me', 'see a dentist', 'slot', 'slots', 'visit',
  'consultation', 'check up', 'checkup',
  'termin*', 'vorbeikommen', 'untersuchung', 'beratungstermin',
  'rendez vous', 'rdv', 'consultation', 'prendre rendez vous',
  'appuntament*', 'posso venire', 'visita', 'prenota*',
  'cita', 'citas', 'reservar', 'consulta', 'puedo ir', 'agendar', 'turno',
  'idopont*', 'bejelentkez*', 'vizsgalat*', 'konzultacio*',
  // a free slot asked for ("aveți ceva liber în august?", "any availability in June?", "haben Sie noch etwas frei?", "tenéis hueco?")
  'ceva liber', 'aveti liber', 'mai aveti liber', 'vreun loc', 'disponibilitate', 'anything free', 'anything available', 'any availability',
  'availability', 'free slot*', 'available slot*', 'etwas frei', 'was frei', 'noch frei', 'freie platze', 'verfugbarkeit', 'disponibilite*',
  'creneau*', 'quelque chose de libre', 'disponibilita', 'qualcosa di libero', 'posto libero', 'posti liberi', 'hueco', 'huecos',
  'disponibilidad', 'algo libre', 'van szabad', 'szabad hely*',
];

/** A concrete dental problem that needs treatment (not pain itself): broken tooth, lost filling. */
export const TREATMENT_NEED_TERMS: readonly Term[] = [
  'stricat*', 'decay*', 'rotten tooth', 'dinte spart', 'dintele spart', 'rupt dintele', 'spart dintele', 'dinte rupt', 'dintele rupt', 'dinte ciobit', 'dinte fisurat', 'ciobit', 'ciobita', 'fisurat', 'mi a cazut', 's a spart',
  's a rupt', 's a desprins', 's a dezlipit', 'am nevoie', 'trebuie sa scot', 'trebuie sa fac',
  'broken tooth', 'chipped', 'cracked tooth', 'lost a filling', 'fell out', 'came off', 'fell off', 'loose tooth', 'need', 'needs',
  'zahn abgebrochen', 'abgebrochen', 'ich brauche', 'dent cassee', 'j ai besoin', 'dente rotto', 'ho bisogno', 'diente roto',
  'necesito', 'letort', 'kitort', 'szuksegem van',
];

/**
 * A need only supposed or doubted ("not sure yet if I need anything", "nu știu dacă am nevoie", "je ne sais pas si j'ai
 * besoin"): "if I need" does not say one does. A procedure named with it still counts ("if I need a crown, how much?").
 */
export const NEED_DOUBTED_TERMS: readonly Term[] = [
  'if i need', 'if i even need', 'if i really need', 'if i will need', 'if i would need', 'whether i need', 'whether i even need',
  'whether i will need', 'if we need', 'whether we need', 'in case i need', 'daca am nevoie', 'daca chiar am nevoie', 'daca o sa am nevoie',
  'daca e nevoie', 'daca ar fi nevoie', 'in caz ca am nevoie', 'si j ai besoin', 'si j ai vraiment besoin', 'se ho bisogno', 'se ne ho bisogno',
  'no se si necesito', 'por si necesito', 'ha szuksegem van', 'ha szuksegem lenne',
];

/**
 * A treatment already done, in the clause that names it: "după extracție", "mi-ați pus implant",
 * "Weisheitszahn gezogen", "on m'a posé un implant", "tras la endodoncia". A slight or easing swelling
 * after one is the expected course, asked about rather than an acute need.
 */
export const TREATMENT_DONE_TERMS: readonly Term[] = [
  // after the treatment
  'dupa', 'after', 'following', 'nach', 'apres', 'dopo', 'tras', 'despues', 'utan',
  // done to me: "you placed", "they pulled", "I had"
  'mi ati pus', 'mi au pus', 'mi am pus', 'mi ati scos', 'mi au scos', 'mi am scos', 'mi ati facut', 'mi au facut', 'mi am facut',
  'had my', 'had a', 'had the', 'got my', 'placed', 'pulled', 'removed', 'taken out',
  'gezogen', 'entfernt', 'gesetzt', 'hatte', 'bekommen',
  'on m a', 'm a pose', 'm a enleve', 'm a arrache', 'enleve*', 'arrache*', 'pose*', 'j ai eu',
  'mi hanno', 'mi ha', 'tolto', 'tolta', 'estratto', 'messo', 'ho avuto', 'ho fatto',
  'me sacaron', 'me pusieron', 'me hicieron', 'me han', 'tuve',
  'kihuztak', 'beultettek', 'csinaltak',
  // been in for it ("am fost ieri la extracție", "I went in for the extraction")
  'am fost la', 'am fost ieri la', 'am fost azi la', 'went for', 'went in for', 'was in for', 'ich war zur', 'ich war beim', 'ich war gestern zur',
  'je suis alle', 'je suis allee', 'sono stato a', 'sono stata a', 'sono andato a', 'sono andata a', 'fui a', 'estuve en', 'voltam',
  // done on a day gone by, named in its clause ("am scos măseaua de minte alaltăieri", "had the implant in last week")
  'ieri', 'alaltaieri', 'saptamana trecuta', 'yesterday', 'last week', 'day before yesterday', 'gestern', 'vorgestern', 'letzte woche',
  { term: 'hier', langs: ['fr'] }, 'avant hier', 'semaine derniere', 'l altro ieri', 'settimana scorsa', 'ayer', 'anteayer', 'antier',
  'semana pasada', 'tegnap', 'tegnapelott', 'mult heten',
];

/** Asking for information without a buying signal. */
export const INFO_TERMS: readonly Term[] = [
  'informati*', 'detalii', 'info', 'information', 'details', 'tell me more', 'more about', 'informationen', 'renseignement*',
  'informazion*', 'informacion', 'informacio*', 'erdeklod*', 'ce presupune', 'what does', 'difference', 'decont*', 'asigurare', 'asigurari', 'asigurarea', 'casa de asigurari', 'cnas',
  'insurance', 'versicherung', 'assurance', 'mutuelle', 'assicurazione', 'seguro', 'biztosit*',
];

export const GREETING_TERMS: readonly Term[] = [
  'buna', 'buna ziua', 'buna seara', 'buna dimineata', 'salut', 'salutare', 'neata', 'hello', 'hi', 'hey', 'good morning',
  'good afternoon', 'good evening', 'hallo', 'guten tag', 'guten morgen', 'servus', 'bonjour', 'bonsoir', 'buongiorno',
  'buonasera', 'ciao', 'salve', 'hola', 'buenas', 'buenos dias', 'buenas tardes', 'szia', 'jo napot', 'jo estet', 'udv',
];

/** Thanks proper ("mulțumesc", "thank you", "merci"): with a procedure right after it ("thank you for the cleaning"), care had. */
export const GRATITUDE_TERMS: readonly Term[] = [
  'multumesc', 'multumim', 'mersi', 'ms', 'thanks', 'thank you', 'thx', 'danke', 'vielen dank', 'merci', 'grazie', 'gracias', 'koszonom', 'kosz',
];
export const THANKS_TERMS: readonly Term[] = [...GRATITUDE_TERMS, 'ok', 'okay', 'bine', 'perfect'];

/**
 * A treatment told as healed ("tout a bien cicatrisé après l'extraction", "s-a vindecat frumos după extracție", "the implant has healed
 * well"): in the clause of a treatment done (TREATMENT_DONE_TERMS), with thanks and no question, news of care had, not interest in it.
 */
export const HEALED_TERMS: readonly Term[] = [
  'vindecat*', 's a vindecat', 'cicatrizat*', 's a cicatrizat', 'healed', 'healed up', 'healing well', 'healing nicely', 'went well', 'gone well',
  'verheilt', 'abgeheilt', 'gut verheilt', 'gut gegangen', 'cicatrise', 'cicatrisee', 'gueri', 'guerie', 'bien passe', 'guarit*', 'cicatrizzat*',
  'andato bene', 'andata bene', 'cicatrizado', 'cicatrizada', 'curado', 'curada', 'sanado', 'ha ido bien', 'salio bien', 'gyogyult', 'begyogyult',
  'meggyogyult', 'jol sikerult',
];

export const LOCATION_TERMS: readonly Term[] = [
  'adresa', 'unde', 'locatia', 'locatie', 'parcare', 'where', 'address', 'located', 'location', 'parking', 'directions',
  'wo', 'adresse', 'parkplatz', { term: 'ou', langs: ['fr'] }, 'dove', 'indirizzo', 'donde', 'direccion', 'hol', 'cim',
];

export const HOURS_TERMS: readonly Term[] = [
  'program', 'programul', 'orar', 'orarul', 'deschis*', 'inchis*', 'opening hours', 'hours', 'open', 'closed',
  'offnungszeit*', 'geoffnet', 'horaire*', 'ouvert*', 'orari*', 'orario', 'aperti', 'aperto', 'horario*', 'abierto*',
  'nyitvatart*', 'nyitva',
  // an emergency or out-of-hours line: asked about, not an urgent timeline ("aveți număr de urgență?")
  'numar de urgenta', 'numar de urgente', 'telefon de urgenta', 'linie de urgenta', 'emergency number', 'emergency line', 'emergency contact',
  'out of hours', 'after hours', 'notdienst', 'notfallnummer', 'notfalldienst', 'numero d urgence', 'service de garde', 'numero di emergenza',
  'numero di urgenza', 'numero de urgencia', 'telefono de urgencia', 'telefono de urgencias', 'ugyelet*', 'surgossegi szam',
  // someone on call ("aveți pe cineva de gardă?", "is there a dentist on call?")
  'de garda', 'on call', 'on duty', 'im dienst', 'de garde', 'di guardia', 'di turno', 'de guardia',
];

export const AD_TERMS: readonly Term[] = [
  'reclama*', 'anunt*', 'saw your ad', 'your ad', 'advert*', 'facebook', 'instagram', 'tiktok', 'werbung', 'anzeige',
  'publicite', 'pubblicita', 'anuncio*', 'hirdetes*',
];

export const UNDECIDED_TERMS: readonly Term[] = [
  'ma mai gandesc', 'ma gandesc', 'mai vedem', 'revin', 'poate mai tarziu', 'nu stiu inca', 'nu m am hotarat', 'nu sunt sigur*',
  'think about it', 'not sure', 'just looking', 'maybe later', 'get back to you', 'ich uberlege', 'vielleicht spater',
  // not sure yet ("ich weiß noch nicht, ob …", "no sé todavía si …", "non so ancora se …")
  'weiss noch nicht', 'bin mir nicht sicher', 'bin noch unsicher', 'je ne sais pas encore', 'je sais pas encore', 'pas encore decide',
  'pas encore decidee', 'je ne suis pas sur', 'je ne suis pas sure', 'je suis pas sur', 'je suis pas sure', 'non so ancora', 'non sono sicuro', 'non sono sicura', 'no se todavia', 'todavia no se', 'no se aun',
  'aun no se', 'no estoy seguro', 'no estoy segura', 'meg nem tudom', 'nem vagyok biztos', 'nu sunt hotarat*', 'inca nu stiu',
  'je vais reflechir', 'je reflechis', 'ci penso', 'ci pensero', 'lo pienso', 'lo pensare', 'meggondolom', 'gondolkodom',
  'cu cine vorbesc', 'who is this', 'who am i talking to',
  // only having a look around ("just having a look around", "mă uit doar", "ich schaue mich nur um")
  'having a look around', 'just having a look', 'just browsing', 'ma uit doar', 'doar ma uit', 'schaue mich nur um', 'ich schaue nur',
  'je regarde juste', 'je regarde seulement', 'sto solo guardando', 'solo estoy mirando', 'solo estaba mirando', 'csak nezelodom',
];

/**
 * A procedure put off ("albirea mai așteaptă", "the implant will have to wait till autumn", "das Implantat muss warten"): the days named
 * before it in its clause are why ("the vet bills have bled me dry this month so …"), not when to come in; with the patient undecided
 * ("nu știu încă dacă o mai fac") and nothing asked, the procedure is no interest now. A date after it is until when ("the crown can
 * wait till next month"). Not a visit moved to another day ("können wir die Reinigung auf nächste Woche verschieben?"): that day is
 * the new one.
 */
export const POSTPONED_TERMS: readonly Term[] = [
  'mai asteapta', 'va mai astepta', 'o sa mai astepte', 'trebuie sa astepte', 'mai poate astepta', 'will have to wait', 'has to wait',
  'can wait', 'must wait', 'on hold', 'put off', 'putting off', 'muss warten', 'mussen warten', 'kann warten', 'aufgeschoben', 'auf eis',
  'attendra', 'devra attendre', 'peut attendre', 'dovra aspettare', 'aspettera', 'puo aspettare', 'tendra que esperar', 'esperara',
  'puede esperar', 'varnia kell', 'varhat', 'varni fog',
];

/**
 * Only curious: "just curious", "just wondering", "din curiozitate", "aus Neugier" (not the polite "I was wondering if…"). The
 * message asks for information: a price or a date named in it (a son who "starts rugby next month") is not a buying signal;
 * asking to come in still is.
 */
export const CURIOSITY_TERMS: readonly Term[] = [
  'just curious', 'out of curiosity', 'just wondering', 'only wondering', 'din curiozitate', 'sunt curios', 'sunt curioasa', 'doar ma intrebam',
  'aus neugier', 'bin neugierig', 'nur neugierig', 'par curiosite', 'simple curiosite', 'per curiosita', 'solo curiosita', 'por curiosidad',
  'solo curiosidad', 'csak kivancsi*', 'kivancsisagbol',
];

/**
 * In no hurry, or only curious (CURIOSITY_TERMS): "nu mă grăbesc", "keine Eile", "sin prisa", "just curious". A price
 * question then asks for information rather than a quote to act on, and "not urgent" is no timeline.
 */
export const BROWSING_TERMS: readonly Term[] = [
  ...CURIOSITY_TERMS,
  'no rush', 'no hurry', 'not in a hurry', 'in no hurry', 'not urgent', 'nothing urgent',
  'nu ma grabesc', 'nu e graba', 'nicio graba', 'nu e urgent', 'nimic urgent',
  'keine eile', 'eilt nicht', 'nicht dringend', 'nichts dringendes',
  'pas presse', 'pas pressee', 'rien ne presse', 'pas urgent', 'rien d urgent',
  'nessuna fretta', 'non ho fretta', 'non e urgente', 'niente di urgente',
  'sin prisa', 'no tengo prisa', 'no hay prisa', 'no es urgente', 'nada urgente',
  'nem sietek', 'nem surgos', 'nincs sietseg', 'semmi surgos',
];

/** Explicit refusals besides negated interest ("no thanks", "I already have a dentist"). */
export const NOT_INTERESTED_TERMS: readonly Term[] = [
  'no thanks', 'no thank you', 'already have a dentist', 'am deja medic*', 'am deja dentist', 'am deja stomatolog', 'nu multumesc',
  'nein danke', 'habe schon einen zahnarzt', 'non merci', 'j ai deja un dentiste', 'no grazie', 'ho gia un dentista', 'no gracias',
  'ya tengo dentista', 'nem koszonom', 'mar van fogorvosom',
  // "I don't want it" as a reply to an offer
  'nem kerem', 'nu mersi', 'no thank u', 'no thx', 'not for me', 'kein bedarf', 'ca ne m interesse pas', 'no me hace falta',
];

/** "Don't text / message / write me", "no more messages / ads", per language: an opt-out for scoring and for consent. */
export const MESSAGE_OPT_OUT_TERMS: readonly Term[] = [
  'do not text me', 'do not message me', 'do not write me', 'do not write to me', 'do not email me', 'never text me',
  'never contact me', 'stop writing', 'stop emailing', 'no more messages', 'no more texts', 'no more ads', 'no more sms', 'no more spam',
  'no more promo*', 'nu imi mai scrieti', 'nu mi mai scrieti', 'nu mai scrieti', 'nu imi mai trimiteti', 'nu mi mai trimiteti',
  'nu mai vreau reclame', 'nu mai vreau sms*', 'fara reclame', 'gata cu reclamele', 'gata cu mesajele',
  'keine werbung mehr', 'keine werbung', 'keine sms mehr', 'keine mails mehr', 'nicht mehr schreiben', 'nicht mehr anschreiben',
  'schreiben sie mir nicht', 'nicht mehr kontaktieren', 'kontaktieren sie mich nicht', 'horen sie auf mir zu schreiben',
  'ne m ecrivez plus', 'ne m envoyez plus', 'arretez de m ecrire', 'arretez de m envoyer', 'plus de pub', 'plus de sms', 'ne me contactez plus',
  'non mi scrivete piu', 'non scrivetemi piu', 'non mi scrivere piu', 'non scrivermi piu', 'non mi mandate piu', 'non mandatemi piu',
  'non mi contattate piu', 'non contattatemi', 'basta pubblicita', 'niente piu messaggi',
  'no me escriban mas', 'no me escribas mas', 'dejen de escribirme', 'deja de escribirme', 'dejen de enviarme', 'no me manden mas',
  'no me envien mas', 'no me contacten mas', 'no mas publicidad', 'no mas mensajes',
  'ne irjanak tobbet', 'ne irjon tobbet', 'ne kuldjenek tobbet', 'ne kuldjon tobbet', 'ne zaklassanak', 'nem kerek tobb uzenetet',
  'nem kerek reklamot', 'nem kerek tobbet',
];

/** Asking us to stop contacting them (besides the consent commands themselves). */
export const OPT_OUT_TERMS: readonly Term[] = [
  'nu ma mai contactati', 'nu mai contactati', 'nu mai doresc mesaje', 'nu mai doresc sa primesc', 'nu mai vreau sa primesc',
  'take me off', 'off your list', 'stop contacting', 'nu ma mai sunati', 'nu mai sunati', 'nu mai trimiteti', 'scoateti ma din lista', 'ma scoateti din lista', 'sterge* numarul',
  'do not call me', 'do not contact me', 'stop calling', 'stop texting', 'stop messaging', 'stop sending', 'remove my number',
  'remove me', 'keine nachrichten', 'rufen sie mich nicht', 'ne m appelez plus', 'non chiamatemi', 'no me llamen',
  'ne hivjanak', 'ne irjanak', 'ne irjon', 'ne keressenek', 'nem kerek tobb', 'stop spam*', 'spamming me',
  ...MESSAGE_OPT_OUT_TERMS,
];

/** Erasure requests: a delete verb with "me" or "my data" in the same clause ("ștergeți-mă din baza de date"). */
export const DELETE_TERMS: readonly Term[] = [
  'sterge*', 'stergeti*', 'delete*', 'erase', 'losch*', 'supprim*', 'effac*', 'cancella*', 'elimina*', 'borr*', 'torol*',
];
/**
 * Taken off a list ("să-mi scoateți numărul din lista de mesaje promoționale", "togliete il mio nome dalla lista", "aus dem Newsletter
 * löschen"): a removing or deleting verb (REMOVE_TERMS, DELETE_TERMS) with a mailing list, a newsletter or a database in one clause is
 * an opt-out. Not "remove" with a pronoun only: "scoateți-mi măseaua" is an extraction.
 */
export const REMOVE_TERMS: readonly Term[] = [
  'scoate*', 'scoti', 'remove*', 'take my number off', 'take us off', 'unsubscrib*', 'dezabon*', 'entfern*', 'austrag*',
  'streich*', 'nehmen sie mich', { term: 'retir*', langs: ['fr', 'es'] }, 'enlev*', 'desinscri*', 'desabonn*', 'togli*', 'rimuov*', 'disiscriv*',
  'quiten*', 'quitar*', 'quitad*', 'quitame*', 'saqu*', 'sacar*',
  'dar de baja', 'darme de baja', 'den de baja', 'eltavolit*', 'vegyenek ki', 'vegyen ki', 'kivesz*', 'leiratkoz*',
];
export const MAILING_LIST_TERMS: readonly Term[] = [
  'lista', 'listele', 'listei', 'list', 'lists', 'mailing*', 'newsletter*', 'liste', { term: 'listen', langs: ['de'] }, 'verteiler*', 'listado',
  'listarol', 'listabol', 'hirlevel*', 'baza de date', 'database', 'datenbank', 'kartei', 'base de donnees', 'fichier', 'base dati',
  'banca dati', 'base de datos', 'adatbazis*', 'mesaje promotionale', 'promotional messages', 'promotional emails', 'marketing emails',
];
export const PERSONAL_DATA_TERMS: readonly Term[] = [
  'ma', 'mi', 'me', 'my', 'mich', 'meine*', 'moi', 'mes', 'mis', 'datele', 'date', 'data', 'daten', 'donnees', 'dati', 'datos',
  'adat*', 'lista', 'list', 'liste', 'database', 'numar*', 'number', 'nummer', 'numero', 'szam*', 'contact*', 'kontakt*',
];

export const WRONG_NUMBER_TERMS: readonly Term[] = [
  'gresit numarul', 'numar gresit', 'numarul gresit', 'gresit persoana', 'wrong number', 'wrong person', 'falsch verbunden',
  'falsche nummer', 'mauvais numero', 'numero sbagliato', 'numero equivocado', 'rossz szam',
  // the number mistaken ("creo que me equivoqué de número", "je me suis trompé de numéro", "ho sbagliato numero")
  'equivoque de numero', 'equivocado de numero', 'equivocada de numero', 'trompe de numero', 'trompee de numero', 'sbagliato numero',
  'sbagliata numero', 'verwahlt', 'rossz szamot',
];

/**
 * Another business asked for: "aren't you …", "is this …", "I was given this number for …" (WRONG_PLACE_TERMS) with a
 * business that is not a clinic (OTHER_BUSINESS_TERMS) right after it (two words at most): "nu sunteți service-ul auto?",
 * "is this the taxi company?", "sind Sie nicht die Werkstatt?". A wrong number, said without the words; not "is this the
 * clinic next to the garage?".
 */
export const WRONG_PLACE_TERMS: readonly Term[] = [
  'nu sunteti', 'sunteti de la', 'nu e la', 'vorbesc cu', 'am sunat la', 'numarul asta', 'numarul acesta',
  'is this the', 'is that the', 'is this a', 'are not you the', 'are you not the', 'this is not the', 'thought this was', 'trying to reach',
  'trying to get', 'this number for', 'this number is for',
  'sind sie nicht', 'ist das nicht', 'ist das die', 'ist das der', 'ist da nicht', 'bin ich nicht bei', 'bin ich richtig bei', 'diese nummer',
  'vous n etes pas', 'vous etes pas', 'ce n est pas le', 'ce n est pas la', 'c est pas le', 'c est pas la', 'c est bien le', 'c est bien la',
  'je ne suis pas chez', 'je suis pas chez', 'ce numero',
  'non siete', 'non e il', 'non e la', 'non e l', 'parlo con', 'questo numero',
  'no son', 'no es el', 'no es la', 'hablo con', 'este numero',
  'nem a', 'ez nem a', 'nem ez a', 'ez a szam', 'ezt a szamot', 'nem onok',
];
export const OTHER_BUSINESS_TERMS: readonly Term[] = [
  'service auto', 'service ul', 'vulcanizare*', 'spalatori*', 'taxi*', 'pizzeri*', 'coafor*', 'frizeri*', 'veterinar*', 'instalator*',
  'mecanic*', 'piese auto', 'dezmembrari',
  'garage', 'car service', 'car repair', 'mechanic*', 'cab', 'cabs', 'minicab*', 'pizza*', 'takeaway', 'hairdresser*', 'barber*', 'vet', 'vets',
  'plumber*', 'electrician*', 'locksmith*', 'car wash', 'body shop', 'tyre*', 'tire shop',
  'werkstatt', 'autowerkstatt', 'kfz*', 'friseur*', 'tierarzt*', 'klempner', 'installateur', 'elektriker', 'schlusseldienst',
  'garagiste', 'coiffeur*', 'veterinaire', 'plombier', 'electricien', 'serrurier', 'mecanicien',
  'officina', 'meccanico', 'carrozzeria', 'gommista', 'parrucchier*', 'barbiere', 'idraulico', 'elettricista',
  { term: 'taller', langs: ['es'] }, 'mecanico', 'peluqueri*', 'barberia', 'fontanero', 'electricista', 'cerrajer*',
  'szerviz*', 'autoszerviz*', 'autoszerelo*', 'szerelo*', 'fodrasz*', 'allatorvos*', 'vizszerelo*', 'villanyszerelo*', 'lakatos*',
];

export const SPAM_TERMS: readonly Term[] = [
  'ai castigat', 'ati castigat', 'castigator', 'you won', 'you have won', 'winner', 'click here', 'apasa aici', 'apasati aici',
  'crypto', 'bitcoin', 'investitie garantata', 'seo', 'google ads', 'marketing digital', 'digital marketing', 'social media management',
  'backlink*', 'web design', 'oferim servicii', 'we offer', 'our agency', 'agentia noastra', 'parteneriat', 'partnership',
  'boost your', 'google reviews', 'star reviews', 'reviews package', 'grow your clinic', 'more patients for your', 'leads for your',
  'promote your', 'wholesale', 'catalog*', 'dental lab', 'supplier', 'distribuitor', 'suntem o firma', 'suntem o companie',
  'oferta de colaborare', 'sponsorizare', 'loan', 'imprumut', 'gewinnspiel', 'gagne', 'vinto', 'ganado', 'nyert*',
  // an agency's pitch in each language ("siamo un'agenzia di marketing … vi offriamo la gestione dei social")
  'marketing agency', 'agentie de marketing', 'agentia de marketing', 'agenzia di marketing', 'agence de marketing', 'agence marketing',
  'agence web', 'marketingagentur', 'werbeagentur', 'agencia de marketing', 'marketing ugynokseg*', 'we are an agency', 'suntem o agentie',
  'siamo un agenzia', 'siamo una agenzia', 'nous sommes une agence', 'wir sind eine agentur', 'somos una agencia', 'vi offriamo', 'va oferim',
  'wir bieten ihnen', 'nous vous proposons nos', 'le ofrecemos', 'les ofrecemos', 'gestione dei social', 'gestione social',
  'gestion des reseaux sociaux', 'gestion de redes sociales', 'social media marketing', 'administrare social media', 'administrarea paginilor',
  // a supplier's pitch: we sell or distribute, our price list, consumables ("fogászati fogyóanyagokat forgalmazunk … az árlistánkat")
  'we distribute', 'we supply', 'we sell', 'our price list', 'our catalogue', 'our products', 'consumables', 'dental supplies', 'distribuim',
  'furnizam', 'comercializam', 'lista noastra de preturi', 'produsele noastre', 'consumabile', 'materiale stomatologice', 'wir vertreiben',
  'wir liefern', 'unsere preisliste', 'unsere produkte', 'verbrauchsmaterial*', 'dentalbedarf', 'nous distribuons', 'nous fournissons',
  'notre catalogue', 'nos produits', 'consommables', 'fournitures dentaires', 'distribuiamo', 'forniamo', 'il nostro listino', 'i nostri prodotti',
  'materiali di consumo', 'forniture dentali', 'distribuimos', 'suministramos', 'nuestra lista de precios', 'nuestros productos', 'consumibles',
  'suministros dentales', 'forgalmazunk', 'forgalmazasaval', 'arlistank*', 'termekeink*', 'fogyoanyag*',
  // a company's sales rep, asking for the buyer or to show a product ("could I grab 5 mins with whoever handles purchasing?", "sono un
  // rappresentante di una ditta … posso passare per una dimostrazione gratuita?"); not a patient whose job is sales ("je suis commercial")
  'sales rep for', 'sales rep from', 'sales rep at', 'sales rep with', 'sales representative for', 'sales representative from',
  'sales representative at', 'sales representative with', 'reprezentant de vanzari la', 'reprezentant de vanzari al', 'reprezentant al firmei',
  'reprezentant al companiei', 'agent de vanzari la', 'aussendienstmitarbeiter von', 'aussendienstmitarbeiter der', 'vertriebsmitarbeiter von',
  'vertriebsmitarbeiter der', 'vertreter der firma', 'commercial chez', 'representant commercial', 'representant de la societe',
  'representant d une societe', 'rappresentante di una ditta', 'rappresentante di un azienda', 'rappresentante della ditta',
  'rappresentante commerciale', 'representante de una empresa', 'representante de la empresa', 'representante comercial',
  'representante de ventas de', 'cegunk kepviseleteben',
  'handles purchasing', 'handles your purchasing', 'does the purchasing', 'in charge of purchasing', 'responsible for purchasing',
  'purchasing manager', 'purchasing department', 'procurement', 'responsabilul de achizitii', 'departamentul de achizitii', 'se ocupa de achizitii',
  'zustandig fur den einkauf', 'einkaufsabteilung', 'einkaufsleiter*', 'responsable des achats', 'service achats', 's occupe des achats',
  'ufficio acquisti', 'responsabile acquisti', 'si occupa degli acquisti', 'encargado de compras', 'departamento de compras',
  'responsable de compras', 'se encarga de las compras', 'beszerzes*', 'free demo', 'free demonstration', 'product demo', 'demonstratie gratuita',
  'kostenlose vorfuhrung', 'demonstration gratuite', 'dimostrazione gratuita', 'demostracion gratuita', 'ingyenes bemutato*',
];

/** Job seekers and CVs: not patients. */
export const JOB_TERMS: readonly Term[] = [
  'cv', 'cv ul', 'curriculum', 'angajare', 'angajati', 'angajeaza*', 'angajam', 'post vacant', 'loc de munca', 'locuri de munca',
  'cautati receptioner*', 'cautati asistent*', 'cautati personal', 'cautati medic*', 'am experienta', 'looking for work',
  'looking for a job', 'any openings', 'sa fac practica', 'fac practica', 'practica la voi', 'tirocinio', 'practicas', 'job openings', 'job', 'jobs', 'hiring', 'vacancy', 'vacancies', 'my resume', 'internship', 'stagiu de practica',
  'bewerbung', 'bewerben', 'stellenangebot', 'candidature', 'emploi', 'lavoro', 'candidatura', 'empleo', 'trabajo', 'allas*',
  'oneletrajz*', 'munkahely*',
  // asking for a position or whether the clinic is hiring ("suche eine neue Stelle", "stellen Sie ein?", "are you recruiting?")
  'neue stelle', 'freie stelle*', 'offene stelle*', 'stelle als', 'stellen sie ein', 'stellen sie gerade ein', 'stellen sie noch ein',
  'are you recruiting', 'recruiting', 'looking for a position', 'open positions', 'open position', 'cautati colegi', 'aveti posturi',
  'un post de', 'cherche un poste', 'un poste de', 'recrutez', 'vous recrutez', 'cerco un posto', 'assumete', 'state assumendo',
  'estan contratando', 'contratais', 'buscais personal', 'felvesztek', 'munkaerot keres*',
];

/** URLs in a message are a spam signal (patients rarely send links to a clinic). */
export const URL_PATTERN = /\b(?:https?:\/\/|www\.|bit\.ly\/|t\.me\/|tinyurl\.com\/)\S+/i;
