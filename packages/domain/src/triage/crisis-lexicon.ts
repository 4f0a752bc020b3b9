import type { Term } from '../scoring/text-matching.ts';

/**
 * Crisis (self-harm) words for triage, in ro, en, de, fr, it, es, hu (matched without diacritics; `*` marks a prefix):
 * crisis phrases, and the groups whose pairing makes a crisis said indirectly (hopelessness with a wish to be gone,
 * farewell acts, pills stored up, marks of self-harm). The detection is in crisis.ts.
 */

/** Where an "end everything" phrase has an ordinary object: "terminar con todo el tratamiento", "să termin cu tot tratamentul". */
export const NOT_CRISIS_TERMS: readonly Term[] = [
  'todo el', 'todo lo', 'toda la', 'todos los', 'todas las', 'tot tratamentul', 'tot ce', 'toate lucrarile', 'toate programarile',
  'everything in', 'everything on', 'everything at', 'tout le', 'tout ce', 'tutto il', 'tutto in', 'mindennek a',
  'disparaitre sous terre', 'sous terre', 'intru in pamant', 'in den boden versinken',
  // "je n'ai plus envie d'être là-bas", "… d'être là à attendre": a place or a wait, not 'plus envie d'être là'
  'etre la bas', 'etre la a attendre', 'etre la pour attendre',
  // "it's easier without me in the room", "e mai ușor fără mine acolo": a parent who waits outside, not 'easier without me'
  'without me there', 'without me in the room', 'without me in the surgery', 'fara mine acolo', 'fara mine in cabinet', 'ohne mich im raum',
  'ohne mich im behandlungszimmer', 'ohne mich dabei', 'sans moi dans la salle', 'sans moi dans le cabinet', 'senza di me in studio',
  'senza di me nella stanza', 'sin mi en la consulta', 'sin mi en la sala', 'nelkulem a rendeloben',
  // "I'd rather die than go back to that dentist": a preference, said to be emphatic
  'rather die than go', 'rather die than see', 'rather die than have', 'rather die than get', 'rather die than sit', 'rather die than pay',
  'lieber sterben als zum', 'plutot mourir que de retourner', 'preferirei morire che tornare', 'prefiero morir antes que volver',
  // woken during the surgery ("cuánta anestesia para no despertarse durante la cirugía"): sedation asked about
  'despertarse durante', 'despertar durante', 'despertarme durante', 'svegliarsi durante', 'reveiller pendant', 'trezeasca in timpul',
  'trezesc in timpul', 'aufwachen wahrend',
  // woken by pain: "nu mai vreau să mă trezesc noaptea de durere", "I don't want to wake up in pain again"
  'trezesc de durere', 'trezesc cu durere', 'trezesc noaptea', 'trezesc cu dinti*', 'wake up in pain', 'wake up with pain', 'wake up with a toothache',
  'wake up at night', 'wake up in the night', 'mit schmerzen aufwachen', 'nachts aufwachen', 'reveiller avec', 'reveiller la nuit',
  'svegliarmi con', 'svegliarmi di notte', 'despertar con dolor', 'despertarme con dolor', 'despertarme por la noche', 'fajdalomra ebredjek',
];

/**
 * Everyone, said as "the whole world" ("dire adieu à tout le monde", "despidiéndose de todo el mundo"): not the ordinary object of
 * NOT_CRISIS_TERMS ('tout le', 'todo el'), so a goodbye to everyone stays crisis language.
 */
export const EVERYONE_TERMS: readonly Term[] = ['tout le monde', 'todo el mundo'];

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
  // … said in the future or of how others will fare ("mindenkinek jobb lesz nélkülem", "they'll do better without me")
  'jobb lesz nelkulem', 'jobban lesz nelkulem', 'jobban lesznek nelkulem', 'jobban jarnak nelkulem', 'jobban elnek nelkulem', 'konnyebb lesz nelkulem',
  'egyszerubb lesz nelkulem', 'nyugodtabbak lesznek nelkulem', 'boldogabbak lesznek nelkulem', 'do better without me', 'be fine without me',
  'o sa le fie mai bine fara mine', 'besser dran ohne mich', 'staranno meglio senza di me', 'estaran mejor sin mi',
  // calmer, happier, at peace without me ("tout le monde serait plus tranquille sans moi"), as 'better without me'
  'calmer without me', 'happier without me', 'more peaceful without me', 'at peace without me', 'mai linistiti fara mine', 'mai linistit fara mine',
  'mai fericiti fara mine', 'mai fericit fara mine', 'ruhiger ohne mich', 'glucklicher ohne mich', 'plus tranquille sans moi', 'plus tranquilles sans moi',
  'plus heureux sans moi', 'plus heureuse sans moi', 'piu tranquilli senza di me', 'piu tranquillo senza di me', 'piu felici senza di me',
  'mas tranquilos sin mi', 'mas tranquila sin mi', 'mas tranquilo sin mi', 'mas felices sin mi', 'nyugodtabbak lennenek nelkulem', 'boldogabbak lennenek nelkulem',
  // a dose asked to die or not to wake ("¿cuánta haría falta para no despertarse?", "a lethal dose"), as 'no despertar'
  'lethal dose', 'fatal dose', 'doza letala', 'doza mortala', 'todliche dosis', 'dose letale', 'dose mortelle', 'dose mortale', 'dosis letal',
  'dosis mortal', 'halalos adag', 'no despertarse', 'no volver a despertarse', 'para no despertar', 'non svegliarsi', 'per non svegliarsi piu',
  'pas se reveiller', 'plus se reveiller', 'sa nu se mai trezeasca', 'sa nu te mai trezesti', 'nicht mehr aufzuwachen', 'hogy ne ebredjen fel',
  // easier, simpler without me ("familiei i-ar fi mult mai ușor fără mine"), as 'better without me'
  'mai usor fara mine', 'mai simplu fara mine', 'easier without me', 'simpler without me', 'leichter ohne mich', 'einfacher ohne mich',
  'plus simple sans moi', 'plus facile sans moi', 'piu facile senza di me', 'piu semplice senza di me', 'mas facil sin mi', 'mas sencillo sin mi',
  'konnyebb nelkulem', 'egyszerubb nelkulem', 'konnyebb lenne nelkulem',
  // saying goodbye to everyone: GOODBYE_TO_ALL_TERMS (crisis-goodbye-lexicon.ts; crisis.ts: unless a move explains it)
  // a farewell note ("a goodbye note", "un bilet de adio", "ein Abschiedszettel", "un mot d'adieu")
  'goodbye note*', 'farewell note*', 'suicide note*', 'bilet de adio', 'bilete de adio', 'biletul de adio', 'abschiedszettel', 'abschiedsnachricht',
  'mot d adieu', 'mots d adieu', 'biglietto d addio', 'biglietto di addio', 'biglietti d addio', 'nota de despedida', 'notas de despedida',
  'nota de suicidio', 'bucsulevel*', 'bucsuuzenet*',
  // told by a relative: self-harm in the third person ("I'm afraid he'll do something to himself", "dass er sich etwas antut")
  'kill himself', 'kill herself', 'killing himself', 'killing herself', 'take his own life', 'take her own life', 'end his life', 'end her life',
  'do something to himself', 'do something to herself', 'harm himself', 'harm herself', 'sich etwas antun', 'sich was antun', 'sich etwas antut',
  'sich was antut', 'mir etwas antun', 'mir was antun', 'sich umbringen', 'sich das leben nehmen', 'se suicider', 'mettre fin a ses jours',
  'attenter a ses jours', 'suicidarsi', 'togliersi la vita', 'uccidersi', 'suicidarse', 'quitarse la vida', 'sa se omoare', 'sa isi ia viata',
  'sa si ia viata', 'isi ia viata', 'megoli magat', 'vegez magaval', 'vegezni magaval',
  // … wanting to die, not wanting to live, in the third person ("he doesn't want to live", "zice că vrea să moară")
  'wants to die', 'does not want to live', 'does not want to be alive', 'does not want to be here anymore', 'no longer wants to live',
  'vrea sa moara', 'nu mai vrea sa traiasca', 'nu mai vrea sa fie aici', 'will nicht mehr leben', 'mochte nicht mehr leben', 'veut mourir',
  'ne veut plus vivre', 'veut plus vivre', 'vuole morire', 'non vuole piu vivere', 'quiere morir', 'quiere morirse', 'no quiere vivir',
  'ya no quiere vivir', 'meg akar halni', 'nem akar elni', 'nem akar tovabb elni',
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
  // Indirect: not wanting to wake up, ending "everything", tired of living, wishing to be dead, a method.
  // ro
  'sa nu ma mai trezesc', 'nu vreau sa ma mai trezesc', 'nu mai vreau sa ma trezesc', 'nu mai vreau sa ma mai trezesc', 'n as mai vrea sa ma trezesc',
  'nu as mai vrea sa ma trezesc', 'sa adorm si sa nu', 'sa termin cu tot', 'termin cu tot', 'sa termin cu toate',
  'termin cu viata', 'sa pun capat la tot', 'sa pun capat vietii', 'nu mai vad niciun sens', 'nu mai vad nici un sens', 'viata nu mai are sens',
  'nu mai vad rostul', 'm am saturat de viata', 'obosit de viata', 'obosita de viata', 'as vrea sa fiu mort*', 'mai bine as muri',
  'mai bine mor', 'as vrea sa nu ma fi nascut', 'sa ma arunc de pe', 'sa ma arunc in fata', 'sa ma spanzur', 'ma spanzur', 'sa ma tai pe maini',
  // tired of existing ("m-am săturat să exist", "sick of existing", "marre d'exister")
  'saturat sa exist', 'saturata sa exist', 'obosit sa exist', 'obosita sa exist', 'tired of existing', 'sick of existing', 'done existing',
  'mude zu existieren', 'es satt zu existieren', 'fatigue d exister', 'marre d exister', 'stanco di esistere', 'stanca di esistere',
  'cansado de existir', 'cansada de existir', 'harto de existir', 'harta de existir', 'eleg a letezesbol', 'belefaradtam a letezesbe',
  'obosit de tot', 'obosita de tot', 'daca nu as mai fi', 'mai bine sa nu mai fiu', 'sa nu mai fiu', 'sa nu mai exist',
  // en
  'not want to wake up', 'not wanna wake up', 'not to wake up', 'never wake up', 'never want to wake up', 'do not wake up', 'sleep forever', 'end everything', 'end things', 'wish i was dead', 'wish i were dead',
  'rather be dead', 'rather die', 'wish i was never born', 'wish i had never been born', 'tired of living', 'sick of living', 'tired of life',
  'no will to live', 'nothing to live for', 'life is pointless', 'life has no meaning', 'life is not worth', 'hang myself', 'jump off a',
  'jump off the', 'cut myself', 'cutting myself', 'not be around much longer',
  'ending it all', 'ending my life', 'ending everything', 'everything to end', 'it all to end', 'point anymore', 'point in anything',
  'thinking about ending it', 'about ending it', 'can not face another day', 'cant face another day', 'around long enough',
  // farewell acts: giving things away, a goodbye letter
  'gave most of my stuff', 'gave away my', 'gave away all my', 'given away my', 'farewell letter', 'goodbye letter', 'scrisoare de adio',
  'abschiedsbrief', 'brief an meine kinder', 'lettre d adieu', 'lettera di addio', 'carta de despedida', 'sachen verschenkt', 'sachen schon verschenkt', 'alles verschenkt',
  'like it was the last time', 'as if it was the last time', 'gave away his', 'gave away her', 'no pienso estar aqui', 'no voy a estar aqui',
  'giving all my stuff away', 'giving my stuff away', 'giving away my', 'giving everything away', 'nu m as mai trezi', 'n as mai trezi',
  'regalando la mia', 'regalando le mie', 'regalando il mio', 'regalando i miei', 'regalando tutto', 'regalato le mie cose', 'regalato tutte le mie',
  'regalando mis', 'regalando todo', 'regale mis cosas', 'he regalado mis', 'je donne mes affaires', 'j ai donne mes affaires',
  'donne toutes mes affaires', 'dau lucrurile mele', 'am dat lucrurile mele', 'am dat toate lucrurile', 'am daruit lucrurile', 'verschenke meine',
  'elajandekoztam', 'elajandekozom',
  'usurare pentru toata lumea', 'o usurare pentru toti',
  'nincs miert tovabb elni', 'miert tovabb elni',
  // de
  // "wie ich das alles beende", as 'end it all', 'allem ein Ende'
  'das alles beende', 'das alles beenden', 'alles beenden', 'alles zu beenden', 'dem ganzen ein ende', 'meinem leben ein ende', 'mein leben beenden',
  'mein leben zu beenden',
  'nicht mehr aufwachen', 'nie mehr aufwachen', 'nie wieder aufwachen', 'nicht wieder aufwachen', 'allem ein ende', 'mit allem schluss', 'lebensmud*', 'keinen sinn mehr zu leben',
  'das leben hat keinen sinn', 'ware lieber tot', 'ich ware tot', 'nicht mehr weiterleben', 'mich erhangen', 'mich aufhangen',
  // fr
  'plus me reveiller', 'pas me reveiller', 'plus jamais me reveiller', 'jamais me reveiller', 'ne jamais me reveiller', 'jamais plus me reveiller',
  'sa nu ma mai trezesc niciodata', 'sa nu ma trezesc niciodata', 'never to wake up', 'never wake up again', 'nie mehr aufzuwachen',
  'nie wieder aufzuwachen', 'non svegliarmi mai piu', 'non risvegliarmi', 'mai piu svegliarmi', 'no despertar nunca', 'no despertarme nunca',
  'nunca despertar', 'nunca mas despertar', 'soha ne ebredjek fel', 'soha tobbe ne ebredjek', 'soha ne ebredjek',
 'en finir avec tout', 'tout arreter pour de bon', 'fatigue de vivre', 'marre de vivre',
  'marre de la vie', 'la vie n a plus de sens', 'etre mort', 'etre morte', 'me pendre', 'me jeter sous', 'me jeter du', 'me jeter par',
  'plus la force de continuer', 'plus la force de vivre', 'que tout s arrete', 'que tout s arrête',
  // "that it all stops", as 'want it all to stop' and 'que tout s'arrête'
  'dass alles aufhort', 'das alles aufhort', 'che tutto si fermi', 'che si fermi tutto', 'que todo se detenga', 'que todo pare',
  'sa se opreasca totul', 'sa se opreasca tot', 'hogy minden abbamaradjon', 'hogy vege legyen mindennek',
  'envie de disparaitre', 'interet de continuer',
  // no longer any wish to be here, to live ("j'ai plus envie d'être là"), as 'do not want to be here anymore'
  'plus envie d etre la', 'plus envie d etre ici', 'plus envie d exister', 'envie de ne plus etre la', 'envie de ne plus exister',
  'no longer want to be here', 'no longer want to be alive', 'no desire to live', 'nu mai am chef sa traiesc', 'nu mai am chef sa fiu aici',
  'nu mai am chef de viata', 'keine lust mehr zu leben', 'keine lust mehr da zu sein', 'piu voglia di vivere', 'piu voglia di essere qui',
  'piu voglia di esserci', 'no tengo ganas de vivir', 'ya no tengo ganas de vivir', 'ya no tengo ganas de estar aqui', 'sin ganas de vivir',
  'nincs kedvem elni', 'nincs kedvem itt lenni', 'nincs kedvem tovabb elni',
  // it
  'svegliarmi piu', 'non svegliarmi', 'finirla', 'stanco di vivere', 'stanca di vivere', 'la vita non ha senso', 'essere morto',
  'essere morta', 'impiccarmi', 'buttarmi da', 'buttarmi sotto', 'tagliarmi',
  // es
  'no despertar', 'no volver a despertar', 'no despertarme', 'terminar con todo', 'acabar con mi vida', 'cansado de vivir',
  'cansada de vivir', 'la vida no tiene sentido', 'estar muerto', 'estar muerta', 'ahorcarme', 'tirarme de', 'tirarme por', 'cortarme',
  'no quiero seguir aqui', 'no quiero seguir en este mundo', 'no quiero seguir mas',
  // hu
  'ne ebredjek fel', 'ne ebredjek', 'nem akarok felebredni', 'vegezni magammal', 'vegzek magammal', 'veget vetni mindennek',
  'eleg volt az eletbol', 'belefaradtam az eletbe', 'nincs ertelme elni', 'nincs miert elnem', 'bar halott lennek', 'felakasztom magam',
  'leugrom',
  'eltunnek', 'eltunni', 'el szeretnek tunni', 'eltunhetnek', 'barcsak eltunnek',
];

/**
 * Cuts on the arms or wrists, told of oneself or a relative ("ha anche dei tagli sulle braccia", "she has cuts on her wrists"): the
 * marks of self-harm, crisis language unless the message tells of an accident that explains them (a fall, a blow: trauma instead).
 */
export const SELF_HARM_MARK_TERMS: readonly Term[] = [
  'cuts on his arms', 'cuts on her arms', 'cuts on my arms', 'cuts on their arms', 'cuts on his wrists', 'cuts on her wrists', 'cuts on my wrists',
  'cut his wrists', 'cut her wrists', 'cut my wrists', 'taieturi pe brate', 'taieturi pe maini', 'taieturi pe incheieturi', 'zgarieturi pe brate',
  'schnitte an den armen', 'schnitte am arm', 'schnittwunden an den armen', 'ritzt sich', 'coupures sur les bras', 'coupures aux poignets',
  'se scarifie', 'tagli sulle braccia', 'tagli sui polsi', 'si taglia', 'cortes en los brazos', 'cortes en las munecas', 'se corta los brazos',
  'vagasok a karjan', 'vagasok a csuklojan',
];
/**
 * … and said in other words: cuts or scratches (plural: a pattern, not one mishap) with an arm, forearm, wrist or thigh in the same
 * clause ("are niște zgârieturi pe antebraț pe care le tot ascunde", "scratches all over her forearms", "Kratzer am Unterarm").
 */
export const SELF_HARM_CUT_TERMS: readonly Term[] = [
  'taieturi', 'taieturile', 'zgarieturi', 'zgarieturile', 'crestaturi', 'cuts', 'scratches', 'slashes', 'schnitte', 'schnittwunden', 'kratzer',
  'ritzwunden', 'coupures', 'entailles', 'griffures', 'scarifications', 'tagli', 'taglietti', 'graffi', 'cortes', 'cortadas', 'aranazos',
  'rasgunos', 'vagasok', 'vagasokat', 'karcolasok', 'karcolasokat',
];
export const LIMB_TERMS: readonly Term[] = [
  'brat', 'brate', 'bratul', 'bratele', 'bratului', 'antebrat*', 'incheietur*', 'coaps*', 'arm', 'arms', 'forearm*', 'wrist*', 'thigh*',
  'armen', 'unterarm*', 'handgelenk*', 'oberschenkel*', 'bras', 'avant bras', 'poignet*', 'cuisse*', 'braccio', 'braccia', 'avambracci*',
  'polso', 'polsi', 'coscia', 'cosce', 'brazo', 'brazos', 'antebrazo*', 'muneca', 'munecas', 'muslo*', 'karja*', 'karjan', 'karjain', 'karom',
  'alkar*', 'csuklo*', { term: 'comb*', langs: ['hu'] },
];

/**
 * Asking how many pills would be too many, or dangerous ("câte pastile … ar fi prea multe deodată? așa, din curiozitate", "how
 * many paracetamol would be too many?", "wie viele Tabletten wären zu viel?"): a count asked (HOW_MANY_TERMS) with "too many" or
 * "lethal" (TOO_MANY_TERMS) in one clause, with a medicine named in the message, is asking for an overdose, crisis language as
 * 'lethal dose'. Not a daily dose asked ("how many ibuprofen a day is too much?": PER_DAY_TERMS in the clause).
 */
export const HOW_MANY_TERMS: readonly Term[] = [
  'cate', 'cati', { term: 'cat', langs: ['ro'] }, 'how many', 'how much', 'wie viele', 'wie viel', 'wieviel', 'wieviele', 'combien', 'quante',
  'quanti', 'quanta', 'quanto', 'cuantas', 'cuantos', 'cuanta', 'cuanto', 'hany', 'hanyat', 'mennyi', 'mennyit',
];
export const TOO_MANY_TERMS: readonly Term[] = [
  'prea multe', 'prea multi', 'prea mult', 'too many', 'too much', 'zu viele', 'zu viel', 'de trop', 'trop', 'troppe', 'troppi', 'troppo',
  'demasiadas', 'demasiados', 'demasiado', 'tul sok', 'tul sokat',
  // … or lethal
  'periculos', 'periculoase', 'periculoasa', 'mortal', 'mortale', 'letal', 'letale', 'dangerous', 'deadly', 'lethal', 'fatal', 'gefahrlich',
  'todlich', 'dangereux', 'dangereuse', 'mortel', 'mortelle', 'pericoloso', 'pericolose', 'pericolosi', 'mortali', 'peligroso', 'peligrosas',
  'peligrosos', 'mortales', 'letales', 'veszelyes', 'halalos',
];
export const PER_DAY_TERMS: readonly Term[] = [
  'pe zi', 'zilnic', 'in 24 de ore', 'a day', 'per day', 'each day', 'daily', 'in a day', 'in 24 hours', 'per kg', 'am tag', 'pro tag',
  'taglich', 'par jour', 'al giorno', 'al dia', 'por dia', 'diarias', 'diarios', 'naponta', 'egy nap alatt', 'per kilo',
];

/**
 * Farewell letters written ("am scris niște scrisori", "letters to my children", "j'ai écrit mes lettres"): a farewell
 * act, one of the HOPELESS_TERMS (a crisis with a "gone" phrase, or with a farewell act of another kind).
 */
export const FAREWELL_LETTER_TERMS: readonly Term[] = [
  // letters written, without saying to whom ("am scris niște scrisori azi", "escribí unas cartas")
  'am scris niste scrisori', 'am scris scrisori', 'am scris cateva scrisori', 'wrote some letters', 'wrote a few letters', 'written some letters',
  'ein paar briefe geschrieben', 'briefe geschrieben', 'ecrit des lettres', 'ecrit quelques lettres', 'scritto delle lettere', 'scritto alcune lettere',
  'escribi unas cartas', 'escribi algunas cartas', 'he escrito unas cartas', 'irtam nehany levelet', 'leveleket irtam',
  // letters written to one's family
  'letters to my family', 'letter to my family', 'wrote to my family', 'scrisori familiei', 'scrisori pentru familie', 'scrisoare familiei',
  'briefe an meine familie', 'brief an meine familie', 'lettres a ma famille', 'lettre a ma famille', 'lettere alla mia famiglia',
  'lettera alla mia famiglia', 'cartas a mi familia', 'carta a mi familia', 'levelet irtam a csaladomnak', 'leveleket irtam a csaladomnak',
  'letters to my kids', 'letters to my children', 'letter to my kids', 'letter to my children', 'scrisori copiilor', 'briefe an meine kinder',
  'lettres a mes enfants', 'lettere ai miei figli', 'cartas a mis hijos', 'levelet a gyerekeimnek',
  // … or "for" them ("ho già scritto le lettere per i miei figli")
  'letters for my family', 'letter for my family', 'letters for my kids', 'letters for my children', 'scrisori pentru familia mea',
  'scrisori pentru copiii mei', 'scrisori pentru copii', 'briefe fur meine familie', 'briefe fur meine kinder', 'lettres pour ma famille',
  'lettres pour mes enfants', 'lettere per la mia famiglia', 'lettere per i miei figli', 'lettera per i miei figli', 'cartas para mi familia',
  'cartas para mis hijos', 'levelet a csaladomnak', 'leveleket a gyerekeimnek',
  // … or to the people who matter, one's loved ones ("written letters to the people who matter", "lettres à mes proches")
  'letters to the people', 'letters to everyone', 'letters to my loved ones', 'letters to the ones i love', 'letters to those i love',
  'letters to people i love', 'letters for my loved ones', 'scrisori celor dragi', 'scrisori pentru cei dragi', 'scrisori pentru oamenii dragi',
  'briefe an meine liebsten', 'briefe an die menschen', 'briefe an alle', 'lettres a mes proches', 'lettres pour mes proches',
  'lettres a ceux que j aime', 'lettere ai miei cari', 'lettere per i miei cari', 'lettere alle persone care', 'cartas a mis seres queridos',
  'cartas para mis seres queridos', 'cartas a la gente que quiero', 'leveleket a szeretteimnek', 'levelet a szeretteimnek',
  // a will written ("a scris ceva ca un testament", "I've made my will", "j'ai fait mon testament"); not "against my will"
  { term: 'testament', langs: ['ro', 'fr', 'de'] }, 'testamentul', 'wrote my will', 'written my will', 'made my will', 'made a will',
  'wrote a will', 'written a will', 'updated my will', 'testament gemacht', 'testament geschrieben', 'fait mon testament', 'fait son testament',
  'fatto testamento', 'fatto il testamento', 'scritto il testamento', 'hecho testamento', 'hecho mi testamento', 'escrito mi testamento',
  'vegrendelet*',
  // "my letters", the letters ("j'ai réglé mes affaires et écrit mes lettres")
  'wrote my letters', 'written my letters', 'finished my letters', 'mi am scris scrisorile', 'am scris scrisorile', 'am scris si scrisorile',
  'meine briefe geschrieben', 'die briefe geschrieben', 'ecrit mes lettres', 'ecrit les lettres', 'ecrit mes dernieres lettres',
  'ecrit mes lettres d adieu', 'scritto le mie lettere', 'scritto le lettere', 'escrito mis cartas', 'escribi mis cartas', 'escrito las cartas',
  'megirtam a leveleimet', 'megirtam a leveleket',
  // the letters, with an adverb or the article ("am scris deja scrisorile pentru copii", "ya escribí las cartas")
  'scris deja scrisori*', 'scris deja niste scrisori', 'scrisori* pentru copii*', 'scrisori* pentru familie*', 'scrisori* pentru familia mea',
  'scrisori* pentru cei dragi', 'scrisori* copiilor', 'scrisori* familiei', 'scrisorile de adio', 'already written letters', 'already wrote letters',
  'escribi las cartas', 'escrito ya las cartas',
  // notes left about, again and again ("she's been leaving notes saying …"); a farewell note is crisis language (CRISIS_TERMS)
  'leaving notes', 'leaving little notes', 'lasa bilete', 'lasa biletele', 'a tot lasat bilete', 'hinterlasst zettel', 'zettel hinterlassen',
  'laisse des mots', 'laisse des petits mots', 'lascia bigliettini', 'lascia dei biglietti', 'deja notas', 'dejando notas', 'cetliket hagy*',
  'uzeneteket hagy*',
];

/**
 * One's affairs put in order ("mi-am pus lucrurile în ordine", "settling my affairs", "j'ai réglé mes affaires"): a farewell
 * act, one of the HOPELESS_TERMS. Nothing left owing is hopeless too, but is not an act of its own kind ("nada pendiente").
 */
export const AFFAIRS_SETTLED_TERMS: readonly Term[] = [
  'leave everything tidy', 'leave everything in order', 'leave things tidy', 'leave things in order', 'affairs in order', 'settle my affairs',
  'settling my affairs', 'tie up loose ends', 'tying up loose ends', 'sa las totul in ordine', 'sa las lucrurile in ordine',
  'sa mi pun lucrurile in ordine', 'alles in ordnung bringen', 'alles in ordnung hinterlassen', 'meine angelegenheiten regeln',
  'meine angelegenheiten geregelt', 'mettre de l ordre dans mes affaires', 'mes affaires en ordre', 'regler mes affaires', 'laisser tout en ordre',
  'tout laisser en ordre', 'sorted out my stuff', 'sorted my stuff', 'sorted out my things', 'sorted my things', 'mi am facut ordine in lucruri',
  'mi am pus lucrurile in ordine', 'meine sachen geregelt', 'meine sachen geordnet', 'j ai range mes affaires', 'ho sistemato le mie cose',
  'he ordenado mis cosas', 'elrendeztem a dolgaimat', 'lasciare tutto in ordine', 'le mie cose in ordine', 'dejar todo en orden',
  'dejarlo todo en orden', 'mis asuntos en orden', 'rendbe tenni a dolgaimat', 'rendezni a dolgaimat',
  // told as done ("j'ai réglé mes affaires", "I've settled my affairs")
  'settled my affairs', 'put my affairs in order', 'sorted out my affairs', 'sorted my affairs', 'mi am rezolvat treburile',
  'mi am aranjat treburile', 'mi am pus treburile in ordine', 'mi am pus in ordine lucrurile', 'am rezolvat toate treburile',
  'meine angelegenheiten geordnet', 'meine sachen erledigt', 'regle mes affaires', 'mis mes affaires en ordre', 'mis de l ordre dans mes affaires',
  'range mes affaires', 'sistemato i miei affari', 'messo in ordine le mie cose', 'arreglado mis asuntos', 'arregle mis asuntos',
  'arregle mis cosas', 'arreglado mis cosas', 'rendbe tettem a dolgaimat', 'elintereztem a dolgaimat',
  // one's affairs handed over to someone ("he'll be handling my stuff from now on", "fratele meu se va ocupa de lucrurile mele")
  'handling my stuff', 'handle my stuff', 'handling my affairs', 'handle my affairs', 'handling my things', 'in charge of my stuff',
  'se va ocupa de lucrurile mele', 'se ocupa de lucrurile mele', 'kummert sich um meine sachen', 'regelt meine angelegenheiten',
  's occupera de mes affaires', 's occupe de mes affaires', 'si occupera delle mie cose', 'si occupa delle mie cose', 'se encargara de mis cosas',
  'se encarga de mis cosas', 'intezi a dolgaimat', 'intezi majd a dolgaimat',
  // everything tidied away ("j'ai tout rangé")
  'j ai tout range', 'tidied everything up', 'tidied up everything', 'alles aufgeraumt', 'am facut ordine in tot', 'ho riordinato tutto',
  'lo he ordenado todo', 'he ordenado todo', 'mindent rendbe raktam',
  // … being done now ("I'm sorting out my affairs", "îmi pun treburile în ordine", "je règle mes affaires")
  'sorting out my affairs', 'sorting my affairs', 'getting my affairs in order', 'putting my affairs in order',
  'imi pun lucrurile in ordine', 'imi pun treburile in ordine', 'imi rezolv treburile', 'imi fac ordine in lucruri', 'regle meine angelegenheiten',
  'ordne meine angelegenheiten', 'je regle mes affaires', 'je mets de l ordre dans mes affaires', 'sto sistemando le mie cose',
  'sto mettendo in ordine le mie cose', 'estoy arreglando mis asuntos', 'estoy poniendo en orden mis asuntos', 'rendezem a dolgaimat',
  'rendbe teszem a dolgaimat',
];

/**
 * Thanks for everything, or for having always been kind ("vă mulțumesc pt tot ce ați făcut pt mine în anii ăștia", "you've
 * all been lovely", "tout ce que vous avez fait pour moi"): a farewell act, one of the HOPELESS_TERMS. With a farewell act
 * of another kind (things handed on, letters written, affairs settled) it is a crisis without a "gone" phrase; alone it is
 * ordinary ("… ne vedem la control").
 */
export const FAREWELL_THANKS_TERMS: readonly Term[] = [
  // thanks for everything, as a farewell ("vă mulțumesc pt tot ce ați făcut pt mine în toți anii ăștia", "you've all been lovely")
  'tot ce ati facut pentru mine', 'tot ce ati facut pt mine', 'tot ce ai facut pentru mine', 'tot ce ai facut pt mine',
  'everything you have done for me', 'everything you did for me', 'all you have done for me', 'all you did for me',
  'you have all been lovely', 'you have all been so lovely', 'you have all been wonderful', 'you have all been so kind', 'you have all been so good to me',
  'alles was sie fur mich getan haben', 'alles was ihr fur mich getan habt', 'tout ce que vous avez fait pour moi',
  // German sets the relative clause off with a comma ("Danke für alles, was Sie für mich getan haben"): the clause on its own
  'was sie fur mich getan haben', 'was ihr fur mich getan habt', 'was sie alles fur mich getan haben',
  'tutto quello che avete fatto per me', 'tutto cio che avete fatto per me', 'todo lo que han hecho por mi', 'todo lo que habeis hecho por mi',
  'mindent amit ertem tettek', 'mindent amit ertem tettetek',
  // … or for having always been kind, "the best" to me ("you were always kind to me", "ați fost cei mai buni cu mine")
  'you were always kind to me', 'you were always so kind to me', 'you have always been kind to me', 'you have always been so kind to me',
  'you were always good to me', 'you have always been good to me', 'you were the best to me', 'you have been the best to me',
  'ati fost cei mai buni cu mine', 'ati fost mereu buni cu mine', 'ati fost mereu atat de buni cu mine', 'ati fost intotdeauna buni cu mine',
  'ai fost mereu bun cu mine', 'ai fost mereu buna cu mine', 'sie waren immer so gut zu mir', 'sie waren immer gut zu mir', 'sie waren immer so nett zu mir',
  'ihr wart immer gut zu mir', 'ihr wart immer so nett zu mir', 'vous avez toujours ete gentils avec moi', 'vous avez toujours ete si gentils avec moi',
  'vous avez ete les meilleurs avec moi', 'siete sempre stati gentili con me', 'siete sempre stati cosi gentili con me', 'siete stati i migliori con me',
  'siempre han sido amables conmigo', 'siempre fueron buenos conmigo', 'han sido los mejores conmigo', 'mindig kedvesek voltak velem', 'mindig jok voltak hozzam',
  // … thanked "for always being so kind to me" ("mulțumesc că ați fost mereu atât de buni cu mine", "danke, dass Sie immer so nett zu mir waren")
  'always being so kind to me', 'always being kind to me', 'always being so good to me', 'always being good to me', 'always being so lovely to me',
  'always being there for me', 'ca ati fost mereu buni cu mine', 'ca ati fost mereu atat de buni cu mine', 'ca ati fost intotdeauna buni cu mine',
  'dass sie immer so nett zu mir waren', 'dass sie immer so gut zu mir waren', 'dass ihr immer so nett zu mir wart', 'd avoir toujours ete si gentils avec moi',
  'd avoir toujours ete gentils avec moi', 'per essere sempre stati cosi gentili con me', 'per essere sempre stati gentili con me',
  'por ser siempre tan amables conmigo', 'por haber sido siempre tan amables conmigo', 'hogy mindig ilyen kedvesek voltak velem',
  // … or for having been the only ones who were kind ("ați fost singurii care m-ați tratat frumos", "you were the only ones who cared")
  'singurii care m ati', 'singurii care au fost buni', 'singurii care ati fost buni', 'singurii care v ati purtat', 'singura care m a',
  'the only ones who were kind', 'the only ones who were ever kind', 'the only ones who ever', 'the only ones who cared', 'the only ones who treated me',
  'the only people who were kind', 'the only people who ever', 'the only people who cared', 'only ones who were nice to me',
  'waren die einzigen die', 'sie waren die einzigen', 'die einzigen die nett', 'die einzigen die mich', 'les seuls a etre gentils', 'les seuls qui m ont',
  'les seuls a m avoir', 'ete les seuls', 'gli unici a essere gentili', 'gli unici che mi hanno', 'stati gli unici', 'los unicos que me',
  'los unicos que fueron', 'han sido los unicos', 'fueron los unicos', 'az egyetlenek akik', 'voltak az egyetlenek', 'egyedul onok voltak',
];

/**
 * Empty or numb inside, for weeks ("je me sens vide depuis des semaines", "i've been so numb lately … or anything really", "mă simt
 * gol"): one of the HOPELESS_TERMS, and with a farewell act (FAREWELL_LETTER_TERMS, AFFAIRS_SETTLED_TERMS, things handed on, thanks
 * for everything) a crisis. Not a lip numb after the injection: only "inside", "lately", "emotionally" or "empty" ("I feel nothing on the left side" is the anaesthetic).
 */
export const EMPTINESS_TERMS: readonly Term[] = [
  'feel empty', 'feeling empty', 'empty inside', 'numb inside', 'numb lately', 'emotionally numb', 'numb to everything', 'ma simt gol',
  'ma simt goala', 'gol pe dinauntru', 'gol in suflet', 'fuhle mich leer', 'innerlich leer', 'me sens vide', 'sens vide', 'vide a l interieur',
  'ressens plus rien', 'mi sento vuoto', 'mi sento vuota', 'vuoto dentro', 'me siento vacio', 'me siento vacia', 'vacio por dentro',
  'uresnek erzem magam', 'ures vagyok',
];

/**
 * Crisis said indirectly is open-ended ("so tired of everything … I won't be around long enough",
 * "nu mai are rost … aș vrea să dispar"): hopelessness and a wish to be gone, each phrased many
 * ways. Either alone is ordinary ("no point whitening now", "I want the pain to disappear"); one of
 * each in the same message is a crisis. The "gone" words are first-person ("să dispar", not "să dispară").
 */
export const HOPELESS_TERMS: readonly Term[] = [
  'nu mai are rost', 'n are rost', 'nu mai vad rost*', 'nu mai suport', 'nu mai pot asa', 'nu mai vrea nimic', 'nu mai vreau nimic', 'm am saturat de tot', 'saturat de tot', 'saturata de tot', 'o povara', 'doar o povara', 'nu mai am putere', 'n am putere de nimic', 'satul de tot', 'satula de tot', 'totul e inutil',
  'tired of everything', 'sick of everything', 'tired of it all', 'no point', 'whats the point', 'what s the point', 'what is the point', 'can not face', 'cant face',
  'can not take it', 'cant take it', 'can not do this anymore', 'cant do this anymore', 'hopeless', 'give up on everything', 'a burden', 'just a burden', 'nobody would miss me', 'no one would miss me', 'ya lo tengo decidido', 'una carga',
  'keinen sinn', 'hat alles keinen sinn', 'kann nicht mehr', 'keine kraft mehr', 'keiner wurde mich vermissen', 'niemand wurde mich vermissen', 'eine last', 'mag nicht mehr', 'mag einfach nicht mehr', 'halte das nicht mehr aus', 'hoffnungslos',
  'plus la force', 'plus d interet', 'sert a rien', 'j en peux plus', 'n en peux plus', 'plus envie de rien',
  'non ha senso', 'non ce la faccio piu', 'non ne posso piu', 'senza speranza',
  'no tiene sentido', 'ya no aguanto', 'no puedo mas', 'sin esperanza',
  'semmi ertelme', 'nincs ertelme', 'nem birom tovabb', 'nem birom mar', 'remenytelen', 'mindent elrendeztem', 'semmihez nincs erom', 'nincs erom semmihez',
  // empty or numb inside: EMPTINESS_TERMS
  ...EMPTINESS_TERMS,
  // trapped with no way out ("mă simt ca într-o cameră fără uși"); "a quoi bon" (what's the point), as 'no point'
  'no way out', 'feel trapped', 'feeling trapped', 'room with no doors', 'room without doors', 'fara iesire', 'nicio iesire', 'camera fara usi',
  'ausweglos', 'keinen ausweg', 'zimmer ohne tur', 'sans issue', 'pas d issue', 'piece sans porte', 'senza via d uscita', 'senza uscita',
  'stanza senza porte', 'sin salida', 'no hay salida', 'habitacion sin puertas', 'nincs kiut', 'kilatastalan', 'a quoi bon', 'a che pro', 'la ce bun',
  'in nichts mehr einen sinn', 'nichts mehr einen sinn', 'personne s en rendra compte', 'personne ne s en rendra compte', 'personne ne le remarquera',
  'nobody will notice', 'no one will notice', 'nobody would notice', 'no one would notice', 'nimeni nu va observa', 'nimanui nu i va pasa', 'niemand wird es merken',
  'nessuno se ne accorgera', 'nadie se dara cuenta', 'senki sem fogja eszrevenni',
  // nobody would even notice / miss me, said with "even" or in the future ("nadie me va a extrañar")
  'nobody would even notice', 'no one would even notice', 'nobody will even notice', 'nobody would even miss me', 'no one would even miss me',
  'nobody will miss me', 'no one will miss me', 'nimeni nu ar observa', 'nimeni nu ar observa nici macar', 'nimeni nu o sa observe',
  'nimeni nu mi ar simti lipsa', 'nimeni nu o sa mi simta lipsa', 'niemand wurde es merken', 'niemand wird mich vermissen',
  'personne ne remarquerait', 'personne ne me regrettera', 'nessuno se ne accorgerebbe', 'nessuno sentira la mia mancanza',
  'nadie me va a extranar', 'nadie me extranara', 'nadie me extranaria', 'nadie se daria cuenta', 'senkinek sem hianyoznek', 'senki sem venne eszre',
  // no one else to turn to ("nu aveam cui", "didn't know who else to text")
  'did not know who else to', 'not know who else to', 'nu stiu cui altcuiva', 'nu am cui altcuiva', 'weiss nicht wem ich sonst',
  'je ne sais pas a qui d autre', 'non so a chi altro', 'no se a quien mas', 'nem tudom kinek mashoz', 'no one else to talk to', 'nobody else to talk to', 'no one else to turn to', 'nu aveam cui', 'nu am cui sa',
  'n am cui sa', 'n aveam cui', 'nu am pe nimeni altcineva', 'wusste nicht wem ich sonst', 'niemanden sonst zum reden', 'je ne savais pas a qui d autre',
  'non sapevo a chi altro', 'no sabia a quien mas', 'no tengo a nadie mas', 'nem tudtam kinek mashoz', 'nincs kihez fordulnom',
  // nothing matters any more ("oricum nu mai contează")
  'nu mai conteaza', 'nimic nu mai conteaza', 'nothing matters', 'does not matter anymore', 'nothing matters anymore', 'nichts spielt mehr eine rolle',
  'ist eh alles egal', 'ist mir alles egal', 'plus rien ne compte', 'plus rien n a d importance', 'niente conta piu', 'non conta piu niente',
  'nada importa', 'ya nada importa', 'ya no importa nada', 'semmi sem szamit', 'mar semmi sem szamit',
  // farewell acts: letters written, affairs put in order; nothing left owing
  ...FAREWELL_LETTER_TERMS,
  ...AFFAIRS_SETTLED_TERMS,
  'nothing left outstanding', 'nothing left owing', 'sa nu las nimic neplatit', 'sa nu ramana nimic neplatit', 'sa nu las datorii',
  'nichts offen lassen', 'nichts offen bleibt', 'rien en suspens', 'niente in sospeso', 'nulla in sospeso', 'nada pendiente',
  'ne maradjon tartozasom', 'sorted everything out', 'sorted out everything',
  // thanks for everything, or for having always been kind, as a farewell: FAREWELL_THANKS_TERMS
  ...FAREWELL_THANKS_TERMS,
  // a weight on everyone, as 'a burden' ("ive been a weight on everyone for long enough", "sunt o greutate pentru toți")
  'a weight on everyone', 'a weight on everybody', 'a weight on my family', 'a weight on them', 'a weight on the people', 'a burden on everyone',
  'o greutate pentru toti', 'o greutate pentru familia mea', 'o greutate pentru ei', 'o povara pentru toti', 'eine belastung fur alle',
  'nur eine belastung', 'eine last fur alle', 'un poids pour tout le monde', 'un poids pour ma famille', 'un poids pour les autres', 'un fardeau',
  'un peso per tutti', 'un peso per la mia famiglia', 'un peso per gli altri', 'un fardello', 'un peso para todos', 'un peso para mi familia',
  'un estorbo', 'teher vagyok', 'csak teher vagyok', 'terhere vagyok', 'terhukre vagyok', 'teher mindenkinek',
  // a burden said without "a" or with whom it weighs on ("I am already too much burden for them", "sunt povară pentru ei")
  'too much burden', 'too much of a burden', 'such a burden', 'much of a burden', 'burden for them', 'burden to them', 'burden for my family',
  'burden to my family', 'burden for everyone', 'burden to everyone', 'burden for everybody', 'burden to everybody', 'povara pentru', 'povara pt',
  // tired of everything ("je suis fatiguée de tout", "stanco di tutto"), as 'tired of everything'
  'fatigue de tout', 'fatiguee de tout', 'las de tout', 'lasse de tout', 'marre de tout', 'epuise de tout', 'epuisee de tout', 'stanco di tutto',
  'stanca di tutto', 'cansado de todo', 'cansada de todo', 'harto de todo', 'harta de todo', 'mude von allem', 'habe alles satt', 'belefaradtam mindenbe',
  'elfaradtam mindenben', 'elfaradtam mindenbe', 'belefaradtam mindenben', 'mindenbe belefaradtam',
  'eleg van mindenbol', 'eleg volt mindenbol',
  // pointless ("azt mondja, felesleges"), as 'no point'
  'felesleges', 'ertelmetlen',
  // "ich falle allen nur noch zur Last", "une charge pour tout le monde"
  'zur last', 'une charge pour tout le monde', 'une charge pour ma famille', 'une charge pour les autres',
  // easier, simpler for everyone ("ce sera plus simple pour tout le monde"); with a "gone" phrase a crisis
  'easier for everyone', 'easier for everybody', 'simpler for everyone', 'easier for my family', 'mai usor pentru toti', 'mai usor pentru toata lumea',
  'mai simplu pentru toti', 'mai simplu pentru toata lumea', 'mai usor pentru familia mea', 'einfacher fur alle', 'leichter fur alle',
  'plus simple pour tout le monde', 'plus facile pour tout le monde', 'plus simple pour tous', 'piu semplice per tutti', 'piu facile per tutti',
  'mas facil para todos', 'mas sencillo para todos', 'konnyebb mindenkinek', 'egyszerubb mindenkinek',
  // … said in the future with the verb between ("így egyszerűbb lesz mindenkinek", "es wird für alle leichter")
  'egyszerubb lesz mindenkinek', 'konnyebb lesz mindenkinek', 'jobb lesz mindenkinek', 'egyszerubb lenne mindenkinek', 'konnyebb lenne mindenkinek',
  'fur alle einfacher', 'fur alle leichter', 'fur alle besser',
  // not caring about anything any more ("nu-mi mai pasă de nimic", "plus rien ne m'intéresse")
  'not care about anything anymore', 'not care about anything any more', 'do not care about anything', 'not care about anything',
  'not care about anything at all', 'not care about much anymore', 'nu imi mai pasa de nimic', 'nu mi mai pasa de nimic', 'nu ma mai intereseaza nimic',
  'mir ist alles egal', 'nichts interessiert mich mehr', 'interessiert mich nichts mehr', 'plus rien ne m interesse', 'je me fiche de tout',
  'je m en fiche de tout', 'je m en fous de tout', 'non mi importa piu di niente', 'non mi importa piu nulla', 'non mi interessa piu niente',
  'ya nada me interesa', 'ya no me interesa nada', 'me da igual todo', 'semmi nem erdekel', 'mar semmi nem erdekel',
  // no reason left to go on ("non ho più motivi per andare avanti"); with a "gone" phrase a crisis
  'no reason to go on', 'no reasons to go on', 'no reason to carry on', 'no reason to keep going', 'nothing to go on for', 'nothing to keep going for',
  'niciun motiv sa merg mai departe', 'nu mai am motive sa merg', 'nu mai am motiv sa merg', 'nu mai am pentru ce sa merg mai departe',
  'keinen grund mehr weiterzumachen', 'keinen grund weiterzumachen', 'plus de raison de continuer', 'plus aucune raison de continuer', 'aucune raison de continuer',
  'piu motivi per andare avanti', 'piu motivo per andare avanti', 'nessun motivo per andare avanti', 'piu ragioni per andare avanti', 'nessuna ragione per andare avanti',
  'no tengo razones para seguir', 'no tengo motivos para seguir', 'ninguna razon para seguir', 'ningun motivo para seguir', 'nincs okom folytatni', 'nincs miert folytatnom',
  // no light at the end of the tunnel, said negated ("je ne vois plus de lumière au bout du tunnel"): seeing it is hope
  'no light at the end of the tunnel', 'not see any light', 'not see the light at the end', 'no light at the end', 'nu mai vad lumina',
  'nu vad nicio lumina', 'nicio lumina la capatul', 'kein licht am ende', 'kein licht mehr', 'plus de lumiere au bout', 'pas de lumiere au bout',
  'ne vois plus de lumiere', 'ne vois pas de lumiere', 'nessuna luce in fondo', 'non vedo piu la luce', 'non vedo la luce in fondo', 'no veo la luz',
  'no veo ninguna luz', 'ninguna luz al final', 'nem latom a fenyt', 'nincs feny az alagut vegen',
  // done or tired of fighting ("i'm done fighting", "am obosit să mai lupt", "stanco di lottare")
  // … or of carrying it all, of dragging oneself on ("je suis fatiguée de porter tout ça", "am obosit să tot trag de mine")
  'tired of carrying', 'tired of dragging myself', 'tired of pushing myself', 'tired of holding on', 'tired of keeping going', 'tired of going on',
  'tired of carrying on', 'sa tot trag de mine', 'sa mai trag de mine', 'obosit sa trag de mine', 'obosita sa trag de mine',
  'obosit sa tot duc', 'obosita sa tot duc', 'mude alles zu tragen', 'mude das alles zu tragen', 'es leid alles zu tragen', 'mude weiterzumachen',
  'fatigue de porter', 'fatiguee de porter', 'las de porter', 'lasse de porter', 'fatigue de continuer', 'fatiguee de continuer',
  'stanco di portare', 'stanca di portare', 'stanco di andare avanti', 'stanca di andare avanti', 'cansado de cargar', 'cansada de cargar',
  'cansado de seguir adelante', 'cansada de seguir adelante', 'belefaradtam a cipelesbe', 'elegem van a cipelesbol', 'belefaradtam a folytatasba',
  'done fighting', 'tired of fighting', 'no fight left', 'no more fight left', 'obosit sa lupt', 'obosita sa lupt', 'obosit sa mai lupt',
  'obosita sa mai lupt', 'nu mai vreau sa lupt', 'nu mai am putere sa lupt', 'keine kraft mehr zu kampfen', 'will nicht mehr kampfen',
  'mude zu kampfen', 'fatigue de me battre', 'fatiguee de me battre', 'j arrete de me battre', 'plus la force de me battre', 'stanco di lottare',
  'stanca di lottare', 'non voglio piu lottare', 'cansado de luchar', 'cansada de luchar', 'ya no quiero luchar', 'nem akarok tovabb kuzdeni',
  'belefaradtam a kuzdelembe', 'eleg volt a kuzdelembol',
  // not wanting to be a burden any more, to anyone ("nem akarok már senkinek teher lenni"), as 'a burden'
  'a burden to anyone', 'a burden to anybody', 'a burden anymore', 'povara pentru nimeni', 'niemandem zur last', 'niemandem eine last',
  'un poids pour personne', 'etre un poids', 'essere un peso', 'un peso per nessuno', 'ser un peso', 'un peso para nadie', 'senkinek teher',
  'senkinek sem teher', 'teher lenni', 'terhere lenni', 'senkinek a terhere',
];

/**
 * A pet or one's things handed on to someone ("am lăsat și câinele la sora mea", "gave my cat to my
 * neighbour", "ho affidato il mio cane a mia sorella"): a verb of handing on with a pet or "my things"
 * in the same clause counts as a farewell act, like a HOPELESS_TERMS phrase (a crisis with a "gone"
 * phrase). English "left" is not one ("I left my bike at the clinic").
 */
export const HAND_ON_TERMS: readonly Term[] = [
  'am dat', 'i am dat', 'am lasat', 'am daruit', 'am incredintat',
  // donated, or given away all ('le dau pe toate': "primiți aparat dentar pt donat? le dau pe toate, și hainele")
  'le dau pe toate', 'dau tot', 'donez', 'donat', 'pt donat', 'pentru donat', 'donate', 'donating', 'donated', 'spende', 'gespendet',
  'faire don de', 'je donne tout', 'donare', 'dono', 'regalo tutto', 'donar', 'dono todo', 'elajandekozom', 'odaadom', 'odaajandekozom',
  'a dat', 'a daruit', 'a impartit', 'si a dat', 'si a daruit',
  'gave', 'given', 'giving', 'give away', 'handed over', 'rehomed', 'rehoming', 'found a home for', 'found a new home for',
  'abgegeben', 'gegeben', 'weggegeben', 'uberlassen', 'verschenkt', { term: 'donne', langs: ['fr'] }, 'laisse', 'confie', 'dato', 'lasciato', 'affidato', 'regalato',
  'dado', 'dejado', 'deje', { term: 'di', langs: ['es'] }, 'regale', 'odaadtam', 'otthagytam', 'elajandekoztam',
];
/**
 * A pet's new home asked for: someone to take it in, adopt it, keep it for good ("does anyone there know someone who could take in a
 * cat?", "cineva care să adopte pisica", "wer könnte meinen Hund aufnehmen?"). With a pet (PET_TERMS) in one clause, a pet handed on;
 * not looking after it for a day ("can someone look after my dog during the appointment?").
 */
export const REHOME_TERMS: readonly Term[] = [
  'take in', 'took in', 'adopt*', 'a home for', 'new home for', 'a new home', 'rehome*', 'new owner', 'keep her for good', 'keep him for good',
  'sa adopte', 'adopte', 'adoptat*', 'un camin', 'o casa noua', 'un stapan nou', 'stapan nou', 'sa o ia la', 'sa il ia la', 'sa l ia la',
  'aufnehmen', 'aufnimmt', 'adoptieren', 'neues zuhause', 'neuen besitzer', 'recueillir', 'recueille', 'adopter', 'nouveau foyer',
  'nouvelle famille', 'nouveau maitre', 'adottar*', 'nuova casa', 'nuovo padrone', 'nuova famiglia', 'adoptar', 'acoger', 'quedarse con',
  'nuevo hogar', 'nuevo dueno', 'befogad*', 'orokbe', 'uj gazdi*', 'uj otthon*', 'magahoz venne',
];
export const PET_TERMS: readonly Term[] = [
  'caine*', 'catel*', 'pisic*', 'dog', 'dogs', { term: 'cat', langs: ['en'] }, 'cats', 'puppy', 'kitten', 'hund*', 'katze*', 'chien*',
  { term: 'chat', langs: ['fr'] }, 'chatte',
  'cane', 'cani', 'gatto', 'gatta', 'gatti', 'perro*', 'perra*', 'gato*', 'kutya*', 'macska*', 'cica*',
];
/**
 * A pet's things: its lead, food, bowl, litter. Named with the pet in one clause ("ich hab meiner Schwester gesagt, wo die Leine und das
 * Futter vom Hund sind", "i showed my neighbour where the cat's food is") they are its care handed on, a farewell act as a pet given.
 */
export const PET_SUPPLY_TERMS: readonly Term[] = [
  'lesa', 'lesa lui', 'zgarda', 'hrana', 'mancarea', 'castron*', 'litiera', 'nisipul', 'leash', 'collar', 'food', 'bowl', 'bowls', 'litter',
  'leine', 'halsband', 'futter*', 'napf', 'katzenklo', 'laisse', 'collier', 'croquettes', 'gamelle', 'litiere', 'guinzaglio', 'collare',
  'crocchette', 'ciotol*', 'lettiera', 'correa', 'pienso', 'comedero', 'arena', 'poraz*', 'nyakorv*', 'eledel*', 'tapot', 'tapja', 'almot',
];
export const BELONGINGS_TERMS: readonly Term[] = [
  // pets
  ...PET_TERMS,
  // one's things
  'lucrurile mele', 'toate lucrurile', 'my stuff', 'my things', 'my belongings', 'all my stuff', 'meine sachen', 'mes affaires',
  'le mie cose', 'mis cosas', 'a dolgaimat', 'a holmijaimat',
  // one's car ("I've given my car and stuff to my brother")
  'my car', 'masina mea', 'mein auto', 'meinen wagen', 'ma voiture', 'la mia macchina', 'la mia auto', 'mi coche', 'mi carro', 'a kocsimat', 'az automat',
  // … or a relative's ("gave me his guitar and his car keys")
  'car keys', 'his car', 'her car', 'his things', 'her things', 'his stuff', 'her stuff', 'his belongings', 'her belongings', 'cheile de la masina',
  'masina lui', 'lucrurile lui', 'lucrurile ei', 'autoschlussel', 'seine sachen', 'ihre sachen', 'ses affaires', 'le sue cose', 'sus cosas',
  // clothes ("hainele la biserică", "gave my clothes to charity")
  'hainele', 'hainele mele', 'my clothes', 'his clothes', 'her clothes', 'meine kleider', 'meine kleidung', 'mes vetements', 'i miei vestiti',
  'mi ropa', 'a ruhaimat',
];
/**
 * Not needed any more, said of oneself ("I won't be needing it", "nu o să mai am nevoie de ea") or of the appointments, the
 * treatment ("nu o să mai fie nevoie de ele", "úgysem lesz már rájuk szükség", "they won't be needed", "ne sera plus
 * nécessaire"): a future given up, one of the GONE_TERMS (a crisis with hopelessness). Alone it is ordinary ("I won't be needing
 * my next appointment, I'm retiring abroad"); for the scorer, an appointment named in its clause is not one asked for.
 */
export const NO_LONGER_NEEDED_TERMS: readonly Term[] = [
  // of oneself
  'will not be needing', 'wont be needing', 'wont need it', 'will not need it', 'not need it anymore', 'will not need it anymore',
  'no longer need it', 'no longer need them', 'no longer be needing', 'not think i will need', 'not think i ll need',
  'nu o sa mai am nevoie', 'nu mai am nevoie de ea', 'nu mai am nevoie de el', 'nu voi mai avea nevoie', 'nu cred ca mai am nevoie',
  'nu cred ca o sa mai am nevoie', 'brauche es nicht mehr', 'brauche ihn nicht mehr', 'brauche sie nicht mehr', 'werde nicht mehr brauchen',
  'werde es nicht mehr brauchen', 'brauche es wohl nicht mehr', 'glaube nicht dass ich es noch brauche', 'n en aurai plus besoin',
  'n aurai plus besoin', 'n en ai plus besoin', 'pense pas en avoir encore besoin', 'non mi servira piu', 'non avro piu bisogno',
  'non mi serve piu', 'non credo che mi servira', 'ya no la necesitare', 'ya no lo necesitare', 'ya no voy a necesitar', 'no voy a necesitar mas',
  'ya no la necesito', 'ya no lo necesito', 'no creo que la necesite', 'no creo que lo necesite', 'nem lesz ra szuksegem', 'nem lesz mar szuksegem',
  'nincs mar ra szuksegem', 'nem hiszem hogy szuksegem',
  // of the thing: not needed, no longer necessary ("nu o să mai fie nevoie de ele", "non serve più il preventivo")
  'nu o sa mai fie nevoie', 'n o sa mai fie nevoie', 'nu va mai fi nevoie', 'nu mai va fi nevoie', 'nu mai e nevoie de', 'nu mai este nevoie de',
  'will not be needed', 'will not be necessary', 'no longer be needed', 'no longer be necessary', 'no longer needed', 'no longer necessary',
  'wird nicht mehr gebraucht', 'werden nicht mehr gebraucht', 'wird nicht mehr notig', 'werden nicht mehr notig', 'nicht mehr notig sein',
  'ne sera plus necessaire', 'ne seront plus necessaires', 'n en aura plus besoin', 'non serve piu', 'non servira piu',
  'non servono piu', 'non sara piu necessari*', 'non saranno piu necessari*', 'ya no hace falta', 'ya no hara falta', 'ya no sera necesari*',
  'ya no seran necesari*', 'ya no son necesari*', 'lesz mar ra szukseg', 'lesz mar rajuk szukseg', 'nem lesz ra szukseg', 'nem lesz rajuk szukseg',
  'nincs mar rajuk szukseg', 'nincs mar ra szukseg',
];
export const GONE_TERMS: readonly Term[] = [
  'sa dispar', 'dispar de tot', 'n ar mai fi', 'nu ar mai fi', 'nu mai apuc', 'nu cred ca mai apuc', 'nu mai eram', 'nu as mai fi', 'mai bine pentru toti', 'mai bine pt toti', 'sa plec de tot', 'sa termin totul', 'sa se termine totul',
  'want to disappear', 'wanna disappear', 'just disappear', 'want to vanish', 'want to be gone', 'i will be gone', 'not be around', 'still be around', 'be here by then', 'make it to christmas', 'said goodbye to',
  'be around long', 'be around much longer', 'not be here', 'ending it', 'to end it', 'not wake up', 'go to sleep forever',
  'will verschwinden', 'mochte verschwinden', 'einfach verschwinden', 'zu verschwinden', 'noch verschwinden', 'alles geregelt', 'weiterzumachen', 'weiter zu machen', 'brief an meine', 'nicht mehr da', 'weg sein', 'einschlafen und nicht',
  'veux disparaitre', 'partir pour de bon', 'plus etre la', 'en finir',
  'vorrei sparire', 'non esserci piu', 'andarmene per sempre',
  'quisiera desaparecer', 'no estar aqui', 'no estar mas', 'irme para siempre', 'acabar con esto',
  'ne legyek', 'meghalni', 'leszek mar itt', 'nem leszek itt', 'nem leszek mar', 'meg itt leszek', 'nyugalmat akarok', 'orokre',
  // soon it won't matter, soon it's over for me ("în curând nu o să mai conteze", "dass bald Schluss ist"), as 'pentru mine s-a
  // terminat'; with "soon" (time running out), not "after the extraction it won't matter"
  'curand nu o sa mai conteze', 'curand n o sa mai conteze', 'curand nu va mai conta', 'soon it will not matter', 'will not matter soon',
  'will not matter much longer', 'will not matter for long', 'bald keine rolle mehr', 'bald egal sein', 'bientot plus d importance',
  'presto non importera piu', 'presto non avra piu importanza', 'pronto no importara', 'pronto ya no importara', 'hamarosan nem fog szamitani',
  'dass bald schluss ist', 'bald ist schluss', 'bald schluss machen', 'over soon for me', 'soon be over for me', 'ends soon for me',
  'curand se termina pentru mine', 'bientot fini pour moi', 'bientot la fin pour moi', 'presto sara finita per me', 'pronto se acaba para mi',
  'hamarosan vegem',
  // others better off without a relative, as she or he says it ("ne-ar fi mai ușor fără ea", "we'd be better off without him"). In
  // English "her", "him" are people; elsewhere the pronoun may be a denture or a brace ("mai ușor fără ea"), so it is said with "us", "them"
  'better off without her', 'better off without him', 'easier without her', 'easier without him', 'better without her', 'better without him',
  'ne ar fi mai usor fara', 'le ar fi mai usor fara', 'ne ar fi mai bine fara', 'le ar fi mai bine fara', 'mai usor pentru toti fara',
  'waren ohne sie besser dran', 'waren ohne ihn besser dran', 'fur alle leichter ohne', 'uns ginge es besser ohne', 'fur uns leichter ohne',
  'on serait mieux sans', 'on serait tous mieux sans', 'nous serions mieux sans', 'plus facile pour nous sans', 'plus simple pour nous sans',
  'staremmo meglio senza', 'meglio senza di lei', 'meglio senza di lui', 'piu facile senza di lei', 'piu facile senza di lui',
  'estariamos mejor sin', 'estarian mejor sin', 'nos iria mejor sin', 'mas facil para nosotros sin', 'jobb lenne nekunk nelkule',
  'konnyebb lenne nekunk nelkule', 'mindenkinek jobb lenne nelkule',
  // the family left to pay after one ("my family will have to pay everything after me", "să plătească totul după mine")
  'pay everything after me', 'pay for everything after me', 'pay it all after me', 'pay after me', 'paying after me', 'left with my debts',
  'left with the bills', 'left with my bills', 'sa plateasca dupa mine', 'plateasca totul dupa mine', 'plateasca tot dupa mine',
  'ramana cu datoriile mele', 'raman cu datoriile mele', 'nach mir alles bezahlen', 'nach mir bezahlen', 'auf meinen schulden sitzen',
  'payer apres moi', 'tout payer apres moi', 'pagare dopo di me', 'pagare tutto dopo di me', 'pagar despues de mi', 'pagar todo despues de mi',
  'fizetni utanam', 'utanam fizetni',
  // … or the trouble, the papers left after one: AFTER_ME_TERMS with LEFT_BEHIND_TERMS (crisis.ts)
  // not here much longer, told of a relative ("úgysem lesz már itt sokáig", "zice că nu mai e mult pe aici")
  'ugysem lesz mar itt', 'nem lesz mar itt', 'lesz mar itt sokaig', 'nem lesz itt sokaig', 'mar nem lesz itt', 'nu mai e mult pe aici',
  'nu o sa mai fie aici', 'nu va mai fi aici', 'nicht mehr lange da', 'nicht mehr lange hier', 'ne sera plus la', 'plus la pour longtemps',
  'non ci sara piu a lungo', 'non sara qui a lungo', 'no va a estar aqui', 'ya no estara',
  // a goodbye said, told of a relative ("tegnap elbúcsúzott a testvérétől", "hat sich von seinem Bruder verabschiedet"), as 'said goodbye to'
  'elbucsuzott', 'elbucsuztam', 'sich verabschiedet', 'a dit adieu', 'dit adieu a', 'ha detto addio', 'detto addio a',
  'se despidio de', 'se ha despedido de',
  // still here next week / next month, said with doubt
  'mai sunt pe aici', 'mai fiu pe aici', 'mai sunt aici', 'mai fiu aici', 'still be here', 'noch da sein', 'noch hier sein',
  'etre encore la', 'serai plus la', 'essere ancora qui', 'saro ancora qui', 'seguir aqui', 'siga aqui',
  'soha tobbe nem kellene felkelnem', 'ne kelljen felkelnem', 'never have to get up', 'never get up again',
  'ugysem leszek', 'nem leszek mar itt', 'luat ramas bun', 'mi am luat ramas bun',
  'close my file',
  // no need to worry about me any more ("de săptămâna viitoare nu mai e cazul să vă faceți griji pentru mine")
  'nu mai e cazul sa va faceti griji', 'nu mai trebuie sa va faceti griji pentru mine', 'nu va mai faceti griji pentru mine',
  'nu mai trebuie sa va faceti griji', 'nu o sa mai aveti griji cu mine', 'not have to worry about me anymore', 'not need to worry about me anymore',
  'no need to worry about me anymore', 'no need to worry about me any more', 'never have to worry about me', 'stop worrying about me for good',
  'keine sorgen mehr um mich machen', 'euch keine sorgen mehr um mich', 'ihnen keine sorgen mehr um mich', 'plus besoin de vous inquieter pour moi',
  'plus besoin de vous faire du souci pour moi', 'plus vous inquieter pour moi', 'non dovrete piu preoccuparvi per me', 'non dovrete piu preoccuparvi di me',
  'non serve piu preoccuparsi per me', 'ya no tendran que preocuparse por mi', 'ya no tendreis que preocuparos por mi', 'ya no hace falta que se preocupen por mi',
  'nem kell tobbe aggodni ertem', 'nem kell majd aggodnotok ertem', 'nem kell tobbe aggodniuk ertem',
  // an exit planned, a euphemism ("no point fixing the smile when im planning my exit")
  'planning my exit', 'plan my exit', 'planned my exit', 'my exit plan', 'my final exit', 'iesirea mea din scena', 'imi planific iesirea',
  'meinen abgang planen', 'plane meinen abgang', 'ma sortie de scene', 'prepare ma sortie', 'la mia uscita di scena', 'preparo la mia uscita',
  'mi salida de escena', 'planeando mi salida', 'tervezem a tavozasomat',
  // needing nothing any more, from now on ("de acum încolo nu mai am nevoie de nimic")
  'nu mai am nevoie de nimic', 'not need anything anymore', 'not need anything any more', 'no longer need anything', 'brauche nichts mehr',
  'n ai plus besoin de rien', 'non ho piu bisogno di niente', 'non ho piu bisogno di nulla', 'ya no necesito nada', 'mar nincs szuksegem semmire',
  // not long left to live ("nu mai am mult de stat pe aici", "I haven't got long to live")
  'nu mai am mult de stat pe aici', 'nu mai am mult de stat aici', 'nu mai am mult de stat pe lume', 'nu mai am mult de trait',
  'n am mult de trait', 'not long left to live',
  'not have long to live', 'not got long to live', 'not have long left to live', 'not long for this world', 'nicht mehr lange zu leben',
  'plus longtemps a vivre', 'plus beaucoup de temps a vivre', 'non ho piu molto da vivere', 'non mi resta molto da vivere',
  'no me queda mucho de vida', 'no me queda mucho por vivir', 'nincs sok hatra', 'nincs mar sok hatra',
  // an end put to it all, disappearing for good (ENDING_TERMS), an end put to "it" (ENDING_IT_TERMS), nothing more in one's name
  // (NOTHING_IN_MY_NAME_TERMS): "gone" phrases too (crisis-ending-lexicon.ts, crisis.ts)
  // not needed any more: NO_LONGER_NEEDED_TERMS
  ...NO_LONGER_NEEDED_TERMS,
  // if I were not around ("if I wasn't around anymore")
  'was not around', 'were not around', 'not around anymore', 'no longer around', 'nu as mai fi pe aici',
  'nicht mehr da ware', 'n etais plus la', 'non ci fossi piu', 'ya no estuviera', 'nem lennek itt',
  // everything already put in order ("am pus totul în ordine", "dejé todo arreglado"), as 'alles geregelt'
  'am pus totul in ordine', 'pus totul la punct', 'put everything in order', 'got everything in order', 'everything is in order now',
  'alles in ordnung gebracht', 'tout mis en ordre', 'ho messo tutto in ordine', 'deje todo arreglado',
  'deje todo en orden', 'he dejado todo arreglado', 'dejado todo en orden', 'mindent elintereztem',
  // others better off ("they'd all be better off", "ar fi toți mai bine")
  'all be better off', 'everyone would be better off', 'everybody would be better off', 'they would be better off', 'family would be better off',
  'ar fi toti mai bine', 'le ar fi mai bine tuturor', 'ar fi mai bine pentru ei', 'waren alle besser dran', 'alle waren besser dran', 'besser dran ohne',
  'tout le monde serait mieux', 'seraient tous mieux', 'starebbero tutti meglio', 'tutti starebbero meglio', 'todos estarian mejor', 'estarian todos mejor',
  'mindenkinek jobb lenne', 'mindenki jobban lenne',
  // doubt of living to a time ahead ("non credo che arriverò alla prossima visita"), as 'nu cred ca mai apuc', 'make it to christmas'
  'non credo che arrivero', 'non credo di arrivare', 'non arrivero alla', 'not think i will make it', 'not think i ll make it',
  'not sure i will make it', 'not sure i ll make it', 'not think i will last', 'not think i ll last', 'nu cred ca apuc', 'nu cred ca ajung la', 'glaube nicht dass ich es bis', 'erlebe ich nicht mehr', 'nicht mehr erleben',
  'pas que j arriverai', 'pense pas arriver jusqu', 'no creo que llegue a', 'no llegare a', 'nem hiszem hogy megerem', 'nem erem meg',
  // … or asked of oneself ("mâine nu știu dacă mai apuc", "not sure if I'll still be here", "weiß nicht, ob ich es noch erlebe");
  // not whether one makes it somewhere on time
  'daca mai apuc', 'daca o sa mai apuc', 'daca mai sunt aici', 'daca mai sunt pe aici', 'if i will still be here', 'if i ll still be here',
  'whether i will still be here', 'if i will still be around', 'if i ll still be around', 'ob ich es noch erlebe', 'ob ich das noch erlebe',
  'ob ich dann noch da bin', 'ob ich noch da bin', 'si je serai encore la', 'si je serai toujours la', 'se ci saro ancora', 'se saro ancora qui',
  'si seguire aqui', 'si sigo aqui', 'hogy megerem e', 'hogy itt leszek e meg', 'hogy meg itt leszek',
  'nur verschwinden', 'nur noch verschwinden', 'nur noch weg',
  // "when I'm gone", "when I'm no longer here" ("quando non ci sarò più", "cuando ya no esté")
  'when i am gone', 'once i am gone', 'after i am gone', 'no longer be here', 'no longer here', 'cand nu voi mai fi', 'cand n o sa mai fiu',
  'dupa ce nu voi mai fi', 'wenn ich nicht mehr bin', 'wenn ich tot bin', 'quand je serai parti', 'quand je serai partie', 'quand je ne serai plus',
  'non ci saro piu', 'quando non ci saro', 'cuando ya no este', 'cuando yo no este', 'ya no estare', 'mar nem leszek',
  // "this'll be my last message", "ultimul meu mesaj": a goodbye
  'my last message', 'the last message', 'ultimul meu mesaj', 'ultimul mesaj', 'meine letzte nachricht', 'letzte nachricht von mir', 'mon dernier message',
  'il mio ultimo messaggio', 'l ultimo messaggio', 'mi ultimo mensaje', 'el ultimo mensaje', 'utolso uzenetem', 'az utolso uzenet',
  // needing nothing "where I'm going" ("I won't need any of it where I'm going", "là où je vais")
  'where i am going', 'where i m going', 'where im going', 'will not need any of it', 'will not need any of this', 'will not need any of them',
  'will not need anything', 'acolo unde plec', 'acolo unde ma duc', 'unde plec eu', 'unde ma duc eu', 'nu o sa mai am nevoie de nimic',
  'n o sa mai am nevoie de nimic', 'wo ich hingehe', 'dort wo ich hingehe', 'wohin ich gehe', 'werde nichts davon brauchen', 'la ou je vais',
  'n en aurai pas besoin', 'dove sto andando', 'la dove vado', 'dove vado io', 'non mi servira niente', 'non mi servira nulla', 'a donde voy',
  'adonde voy', 'alla donde voy', 'no voy a necesitar nada', 'ahova megyek', 'ahova en megyek', 'nem lesz szuksegem semmire',
  // "I'm done now", done with everything ("cred că am terminat cu tot", "ich bin fertig mit allem")
  'i am done now', 'im done now', 'i m done now', 'i am done with everything', 'done with everything', 'done with life', 'done with it all',
  'done with all of it', 'am terminat cu tot', 'am terminat cu toate', 'pentru mine s a terminat', 'fertig mit allem', 'mit allem fertig',
  'fini avec tout', 'pour moi c est fini', 'per me e finita', 'ho chiuso con tutto', 'para mi se acabo', 'ya termine con todo', 'nekem vegem',
  'vegem van',
  // to sleep and skip tomorrow ("go to sleep and skip tomorrow and every day after", "să nu mai văd ziua de mâine")
  'skip tomorrow', 'skip every day', 'go to sleep and skip', 'go to sleep and never', 'go to sleep and not', 'fall asleep and never',
  'fall asleep and not', 'not have to face tomorrow', 'no more tomorrows', 'sa nu mai vad ziua de maine', 'nu mai vreau sa vad ziua de maine',
  'morgen nicht mehr erleben', 'den morgen nicht mehr', 'ne plus voir demain', 'm endormir et ne plus', 'm endormir et de ne plus',
  'm endormir pour ne plus', 'fall asleep and never', 'adorm si sa nu ma mai', 'einschlafen und nie', 'einschlafen und nicht mehr',
  'addormentarmi per non', 'dormirme para no', 'elaludni es soha', 'addormentarmi e non',
  'non vedere il domani', 'dormirme y no', 'no ver el manana', 'elaludni es nem', 'ne lassam a holnapot',
  // not around much longer, said as staying ("nu cred că mai stau mult pe aici", "I won't last much longer")
  'mai sta* mult pe aici', 'mai sta* mult aici', 'mai ram* mult pe aici', 'mai ram* mult aici', 'mai sta* mult pe lume', 'not stick around much longer', 'not last much longer',
  'not going to last much longer', 'nicht mehr lange bleiben', 'ne resterai plus longtemps', 'ne resterai pas longtemps', 'non restero a lungo',
  'non durero a lungo', 'no voy a durar mucho', 'no me queda mucho tiempo', 'nem maradok mar sokaig', 'nem birom mar sokaig',
  // needing nothing where a relative is going ("unde merge el nu-i mai trebuie dinți noi"), as 'where i am going'
  'unde merge el', 'unde merge ea', 'unde se duce el', 'unde se duce ea', 'unde pleaca el', 'unde pleaca ea', 'where he is going', 'where she is going',
  'where he s going', 'where she s going', 'wo er hingeht', 'wo sie hingeht', 'la ou il va', 'la ou elle va', 'dove va lui', 'dove va lei',
  'adonde va el', 'a donde va el', 'adonde va ella', 'a donde va ella', 'ahova o megy',
  // the money paid back to one's family ("if something happen to me will my family get back the money"), as 'pay everything after me'
  'my family get back', 'my family gets back', 'my family get the money', 'my family be refunded', 'refund to my family', 'refund my family',
  'familia mea primeste banii', 'familia mea sa primeasca banii', 'banii inapoi familiei', 'meine familie das geld', 'geld an meine familie',
  'rembourser ma famille', 'ma famille sera remboursee', 'ma famille recupere', 'rimborsare la mia famiglia', 'la mia famiglia riavra',
  'devolver el dinero a mi familia', 'mi familia recupere', 'mi familia recuperara', 'a csaladom visszakapja',
  // a way out decided ("azi am hotărât cum ies din ea", "I've found a way out")
  'am hotarat cum ies', 'am hotarat cum sa ies', 'am decis cum ies', 'am decis cum sa ies', 'am gasit o cale de iesire', 'decided how to get out',
  'decided how i get out', 'decided how i will get out', 'found a way out', 'found my way out', 'einen ausweg gefunden', 'entschieden wie ich rauskomme',
  'trouve une issue', 'decide comment en sortir', 'decide comment sortir', 'trovato una via d uscita', 'deciso come uscirne', 'decidido como salir',
  'encontrado la salida', 'encontre la salida', 'eldontottem hogyan', 'megtalaltam a kiutat',
  // a height checked: a bridge, a roof, a balcony ("been checking how high the bridge by my flat is")
  'how high the bridge', 'how high is the bridge', 'how high the roof', 'how high is the roof', 'how high the balcony', 'how high my balcony',
  'cat de inalt e podul', 'cat de sus e podul', 'cat de inalt e blocul', 'wie hoch die brucke', 'wie hoch ist die brucke', 'hauteur du pont',
  'quanto e alto il ponte', 'quanto e alto il balcone', 'que tan alto es el puente', 'altura del puente', 'milyen magas a hid',
];

/**
 * "No point", "n-are rost", "keinen Sinn", "non ha senso": the HOPELESS_TERMS most often said of waiting or booking ("no point waiting
 * for the insurance"). They pair with every "gone" phrase but the loose ones (ENDING_IT_TERMS, NOTHING_IN_MY_NAME_TERMS in crisis-ending-lexicon.ts).
 */
export const POINTLESS_TERMS: readonly Term[] = [
  'nu mai are rost', 'n are rost', 'nu mai vad rost*', 'la ce bun', 'no point', 'whats the point', 'what s the point', 'what is the point', 'keinen sinn',
  'sert a rien', 'a quoi bon', 'non ha senso', 'a che pro', 'no tiene sentido', 'semmi ertelme', 'nincs ertelme', 'felesleges', 'ertelmetlen',
];

/**
 * The trouble left to the family after one: "after me" (AFTER_ME_TERMS) with trouble, papers or debts (LEFT_BEHIND_TERMS) in one
 * clause, a relative named in the message (KIN_TERMS): "să nu aibă fată-mea bătăi de cap cu hârtiile după mine", "so my son has no
 * hassle with the paperwork after me", "damit meine Tochter nach mir keinen Ärger hat". A "gone" phrase, as 'pay everything after
 * me'; not "the patient after me had trouble parking".
 */
export const AFTER_ME_TERMS: readonly Term[] = [
  'dupa mine', 'after me', 'after i am gone', 'nach mir', 'apres moi', 'dopo di me', 'despues de mi', 'tras de mi', 'utanam',
];
/** "After me" said of a turn, not of one's death: "my husband's appointment is right after me", "vine imediat după mine". */
export const NOT_AFTER_ME_TERMS: readonly Term[] = [
  'right after me', 'just after me', 'straight after me', 'comes after me', 'is after me', 'booked after me', 'in line after me', 'imediat dupa mine',
  'chiar dupa mine', 'vine dupa mine', 'intra dupa mine', 'programat dupa mine', 'programata dupa mine', 'direkt nach mir', 'gleich nach mir',
  'kommt nach mir', 'juste apres moi', 'tout de suite apres moi', 'passe apres moi', 'subito dopo di me', 'viene dopo di me', 'justo despues de mi',
  'viene despues de mi', 'rogton utanam', 'kozvetlenul utanam', 'jon utanam',
];
export const LEFT_BEHIND_TERMS: readonly Term[] = [
  'batai de cap', 'hartii*', 'acte', 'actele', 'datorii*', 'griji', 'probleme', 'hassle', 'trouble', 'paperwork', 'papers', 'bills', 'debts',
  'mess', 'arger', 'papierkram', 'schulden', 'sorgen', 'umstande', 'soucis', 'paperasse', 'papiers', 'dettes', 'problemes', 'tracas', 'problemi',
  'scartoffie', 'debiti', 'pensieri', 'grattacapi', 'papeleo', 'papeles', 'deudas', 'problemas', 'lios', 'gond*', 'papirmunka*', 'papirok*',
  'adossag*', 'tartozas*', 'macera*',
];
export const KIN_TERMS: readonly Term[] = [
  'familia', 'familiei', 'fata mea', 'fiica*', 'fiul', 'fiu meu', 'fiu miu', 'baiatul', 'copiii', 'copilul', 'copiilor', 'sotul', 'sotia', 'sora mea',
  'ai mei', 'alor mei', 'cei dragi', 'my folks', 'my loved ones', 'meine liebsten', 'meine lieben', 'mes proches', 'i miei cari',
  'mis seres queridos', 'los mios', 'szeretteim*', 'hozzatartozoim*', 'fratele', 'mama', 'parintii', 'nepotii', 'family', 'kids', 'children', 'daughter', 'son', 'wife', 'husband', 'sister', 'brother', 'mum', 'mom',
  'parents', 'familie', 'kinder', 'tochter', 'sohn', 'schwester', 'bruder', 'eltern', 'famille', 'enfants', { term: 'fille', langs: ['fr'] },
  'fils', 'soeur', 'frere', 'famiglia', 'figli', 'figlia', 'figlio', 'moglie', 'marito', 'sorella', 'fratello', 'genitori', 'hijos', 'hija',
  'hijo', 'esposa', 'marido', 'hermana', 'hermano', 'padres', 'csalad*', 'gyerek*', 'lanyom', 'lanyomnak', 'fiam', 'fiamnak', 'feleseg*', 'ferj*',
  'testver*', 'hugom', 'ocsem', 'batyam', 'noverem', 'szuleim',
];

/** Where a "gone" phrase has an ordinary object: "I'm done now with the aligners", "am terminat cu toate ședințele". */
export const NOT_GONE_TERMS: readonly Term[] = [
  'done now with', 'done with the', 'done with my', 'done with them', 'done with this', 'done with that', 'done with these', 'done with those',
  'done with your', 'toate sedintele', 'fertig mit allem papierkram',
  // stains or a gap made to disappear ("far sparire per sempre le macchie", "make the stains disappear for good")
  'make it disappear', 'make them disappear', 'make the stains disappear', 'stains to disappear', 'far sparire', 'fare sparire',
  'faire disparaitre', 'hacer desaparecer', 'verschwinden lassen', 'verschwinden zu lassen', 'eltuntetni',
];

/**
 * Pills stored up (a means prepared): a verb of gathering or saving with pills or medicines in the same
 * clause ("am adunat pastilele de somn ale mamei", "I've been saving up my sleeping pills", "ho messo da
 * parte i sonniferi") is crisis language on its own, as 'bottle of pills'. Not fetching them ("picked up my
 * prescription") or keeping them ("kept the antibiotics").
 */
export const STOCKPILE_TERMS: readonly Term[] = [
  'am adunat', 'adun', 'strang', 'am strans', 'am pus deoparte', 'pun deoparte', 'am tot strans', 'am tot adunat',
  'saving up', 'saved up', 'been saving', 'stockpil*', 'hoard*', 'stash*',
  'gesammelt', 'sammle', 'gehortet', 'gebunkert', 'zuruckgelegt', 'accumule', 'accumuler', 'mis de cote', 'stocke', 'je stocke',
  'accumulato', 'accumulando', 'messo da parte', 'mettendo da parte', 'acumulado', 'acumulando', 'juntado', 'juntando',
  'gyujtottem', 'gyujtom', 'felhalmoz*', 'felretettem',
  'gathering up', 'gathered up', 'squirrel*',
  // "put aside" with the pills between the verb and its particle ("been putting my sleeping tablets aside", "am pus pastilele
  // deoparte", "beiseitegelegt", "mis les cachets de côté", "messo i sonniferi da parte")
  'aside', 'deoparte', 'beiseite*', 'de cote', 'da parte', 'aparte', 'apartando', 'apartado', 'felretett*', 'felretesz*', 'felrerak*',
];
/**
 * "Aside from my tablets", "da parte del medico", "joking aside", "mal de côté": the particle as a preposition or in
 * another phrase, not "put aside".
 */
export const NOT_STOCKPILE_TERMS: readonly Term[] = [
  'aside from', 'joking aside', 'jokes aside', 'da parte di', 'da parte del', 'da parte della', 'da parte dei', 'da parte delle', 'da parte mia',
  'da parte sua', 'aparte de', 'de cote de', 'mal de cote', 'point de cote', 'douleur de cote', 'pe deoparte', 'spass beiseite', 'scherz beiseite',
];
export const MEDICATION_TERMS: readonly Term[] = [
  'pastil*', 'medicament*', 'somnifer*', 'calmant*', 'pills', 'tablets', 'meds', 'medication', 'painkillers', 'sleeping pills',
  'tablett*', 'medikament*', 'schlaftablett*', 'cachets', 'comprimes', 'somniferes', 'pillole', 'pastiglie', 'compresse', 'farmaci',
  'sonnifer*', 'pastillas', 'medicamentos', 'somniferos', 'pirul*', 'gyogyszer*', 'altato*', 'nyugtato*',
  // a medicine by its name: painkillers, sedatives, sleeping pills ("câte nurofen-uri", "a box of tramadol")
  'nurofen*', 'ibuprofen*', 'paracetamol*', 'algocalmin*', 'aspirin*', 'aspirina', 'ketoprofen*', 'ketonal*', 'diclofenac*', 'voltaren*',
  'metamizol*', 'novalgin*', 'nimesulid*', 'aulin', 'brufen', 'tachipirina', 'doliprane', 'dafalgan', 'efferalgan', 'advil', 'tylenol',
  'panadol', 'nolotil', 'gelocatil', 'algopyrin*', 'tramadol*', 'codein*', 'kodein*', 'oxycodon*', 'morfin*', 'morphin*', 'diazepam*',
  'xanax', 'alprazolam*', 'lorazepam*', 'zolpidem*', 'antidepresiv*', 'antidepressant*', 'antidepressiv*',
  // painkillers and tablets by their kind, compounds too ("Schmerztabletten", "fájdalomcsillapító")
  'painkiller', 'analgesic*', 'analgezic*', 'antialgic*', 'schmerzmittel*', '*tablett*', 'antidouleur*', 'analgesique*', 'antidolorific*',
  'antinfiammator*', 'antiinflamator*', 'fajdalomcsillapit*', 'tabletta*', 'comprimate', 'capsule', 'capsules', 'kapszul*',
];
/**
 * Packs of a medicine: stored up, with the medicine named anywhere in the message, they are pills stored up ("câte nurofen-uri
 * … am strâns vreo trei cutii în sertar", "I've been hoarding boxes of it, the ibuprofen").
 */
export const MEDICINE_PACK_TERMS: readonly Term[] = [
  'cutie', 'cutii', 'cutiile', 'folii', 'foliile', 'blist*', 'box', 'boxes', 'pack', 'packs', 'packet', 'packets', 'strips', 'bottles',
  'packung*', 'schachtel*', 'boite', 'boites', 'plaquette*', 'scatol*', 'confezion*', 'caja', 'cajas', 'envase*', 'doboz*',
];
