import type { Term } from '../scoring/text-matching.ts';

/**
 * Symptom and crisis words for triage, in ro, en, de, fr, it, es, hu (matched without diacritics;
 * `*` marks a prefix). Red flags are found either as a phrase or as two groups in the same clause
 * ("jaw" + "broken", "breathe" + "can not"), so word order and inflection matter less.
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
  // saying goodbye to everyone, in any order ("he's been ringing everyone to say goodbye"), as 'say goodbye to everyone'
  'everyone to say goodbye', 'everybody to say goodbye', 'saying goodbye to everyone', 'saying goodbye to everybody', 'said goodbye to everyone',
  'said goodbye to everybody', 'say goodbye to everybody', 'von allen verabschiedet', 'von allen zu verabschieden', 'verabschiedet sich von allen',
  'dire au revoir a tout le monde', 'dit au revoir a tout le monde', 'adieux a tout le monde', 'detto addio a tutti', 'dire addio a tutti',
  'despedirse de todos', 'se ha despedido de todos', 'se despidio de todos', 'me despedi de todos', 'elbucsuzott mindenkitol', 'elbucsuztam mindenkitol',
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
  'jump off the', 'cut myself', 'cutting myself', 'say goodbye to everyone', 'not be around much longer',
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
  'plus me reveiller', 'pas me reveiller', 'en finir avec tout', 'tout arreter pour de bon', 'fatigue de vivre', 'marre de vivre',
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
  'tired of everything', 'sick of everything', 'tired of it all', 'no point', 'whats the point', 'what is the point', 'can not face', 'cant face',
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
];

/**
 * A pet or one's things handed on to someone ("am lăsat și câinele la sora mea", "gave my cat to my
 * neighbour", "ho affidato il mio cane a mia sorella"): a verb of handing on with a pet or "my things"
 * in the same clause counts as a farewell act, like a HOPELESS_TERMS phrase (a crisis with a "gone"
 * phrase). English "left" is not one ("I left my bike at the clinic").
 */
export const HAND_ON_TERMS: readonly Term[] = [
  'am dat', 'i am dat', 'am lasat', 'am daruit', 'am incredintat',
  'a dat', 'a daruit', 'a impartit', 'si a dat', 'si a daruit',
  'gave', 'given', 'giving', 'give away', 'handed over', 'rehomed', 'rehoming', 'found a home for', 'found a new home for',
  'abgegeben', 'gegeben', 'weggegeben', 'uberlassen', 'verschenkt', { term: 'donne', langs: ['fr'] }, 'laisse', 'confie', 'dato', 'lasciato', 'affidato', 'regalato',
  'dado', 'dejado', 'deje', { term: 'di', langs: ['es'] }, 'regale', 'odaadtam', 'otthagytam', 'elajandekoztam',
];
export const BELONGINGS_TERMS: readonly Term[] = [
  // pets
  'caine*', 'catel*', 'pisic*', 'dog', 'dogs', { term: 'cat', langs: ['en'] }, 'cats', 'puppy', 'kitten', 'hund*', 'katze*', 'chien*',
  { term: 'chat', langs: ['fr'] }, 'chatte',
  'cane', 'cani', 'gatto', 'gatta', 'gatti', 'perro*', 'perra*', 'gato*', 'kutya*', 'macska*', 'cica*',
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
export const GONE_TERMS: readonly Term[] = [
  'sa dispar', 'dispar de tot', 'n ar mai fi', 'nu ar mai fi', 'nu mai apuc', 'nu cred ca mai apuc', 'nu mai eram', 'nu as mai fi', 'mai bine pentru toti', 'mai bine pt toti', 'sa plec de tot', 'sa termin totul', 'sa se termine totul',
  'want to disappear', 'wanna disappear', 'just disappear', 'want to vanish', 'want to be gone', 'i will be gone', 'not be around', 'still be around', 'be here by then', 'make it to christmas', 'said goodbye to', 'will not be needing',
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
  'ugysem leszek', 'nem leszek mar itt', 'luat ramas bun', 'mi am luat ramas bun', 'ramas bun de la toata lumea',
  'close my file', 'wont need it', 'will not need it', 'not need it anymore', 'wont be needing', 'nu o sa mai am nevoie', 'brauche es nicht mehr',
  'brauche ihn nicht mehr', 'brauche sie nicht mehr', 'nu mai am nevoie de ea', 'nu mai am nevoie de el', 'n en aurai plus besoin', 'non mi servira piu',
  'ya no la necesitare', 'ya no lo necesitare', 'nem lesz ra szuksegem',
  // if I were not around ("if I wasn't around anymore")
  'was not around', 'were not around', 'not around anymore', 'no longer around', 'nu as mai fi pe aici',
  'nicht mehr da ware', 'n etais plus la', 'non ci fossi piu', 'ya no estuviera', 'nem lennek itt',
  // everything already put in order ("am pus totul în ordine", "dejé todo arreglado"), as 'alles geregelt'
  'am pus totul in ordine', 'pus totul la punct', 'put everything in order', 'got everything in order', 'everything is in order now',
  'alles in ordnung gebracht', 'tout mis en ordre', 'ho messo tutto in ordine', 'deje todo arreglado',
  'deje todo en orden', 'he dejado todo arreglado', 'dejado todo en orden', 'mindent elintereztem',
  // "I won't be needing" something any more ("ya no voy a necesitar la limpieza")
  'ya no voy a necesitar', 'no voy a necesitar mas', 'nu voi mai avea nevoie', 'will not need it anymore', 'werde nicht mehr brauchen',
  'n aurai plus besoin', 'non avro piu bisogno', 'nem lesz mar szuksegem',
  // others better off ("they'd all be better off", "ar fi toți mai bine")
  'all be better off', 'everyone would be better off', 'everybody would be better off', 'they would be better off', 'family would be better off',
  'ar fi toti mai bine', 'le ar fi mai bine tuturor', 'ar fi mai bine pentru ei', 'waren alle besser dran', 'alle waren besser dran', 'besser dran ohne',
  'tout le monde serait mieux', 'seraient tous mieux', 'starebbero tutti meglio', 'tutti starebbero meglio', 'todos estarian mejor', 'estarian todos mejor',
  'mindenkinek jobb lenne', 'mindenki jobban lenne',
  // doubt of living to a time ahead ("non credo che arriverò alla prossima visita"), as 'nu cred ca mai apuc', 'make it to christmas'
  'non credo che arrivero', 'non credo di arrivare', 'non arrivero alla', 'not think i will make it', 'not think i ll make it',
  'not sure i will make it', 'not sure i ll make it', 'not think i will last', 'not think i ll last', 'nu cred ca apuc', 'nu cred ca ajung la', 'glaube nicht dass ich es bis', 'erlebe ich nicht mehr', 'nicht mehr erleben',
  'pas que j arriverai', 'pense pas arriver jusqu', 'no creo que llegue a', 'no llegare a', 'nem hiszem hogy megerem', 'nem erem meg',
  'nur verschwinden', 'nur noch verschwinden', 'nur noch weg',
  // "when I'm gone", "when I'm no longer here" ("quando non ci sarò più", "cuando ya no esté")
  'when i am gone', 'once i am gone', 'after i am gone', 'no longer be here', 'no longer here', 'cand nu voi mai fi', 'cand n o sa mai fiu',
  'dupa ce nu voi mai fi', 'wenn ich nicht mehr bin', 'wenn ich tot bin', 'quand je serai parti', 'quand je serai partie', 'quand je ne serai plus',
  'non ci saro piu', 'quando non ci saro', 'cuando ya no este', 'cuando yo no este', 'ya no estare', 'mar nem leszek',
  // "this'll be my last message", "ultimul meu mesaj": a goodbye
  'my last message', 'the last message', 'ultimul meu mesaj', 'ultimul mesaj', 'meine letzte nachricht', 'letzte nachricht von mir', 'mon dernier message',
  'il mio ultimo messaggio', 'l ultimo messaggio', 'mi ultimo mensaje', 'el ultimo mensaje', 'utolso uzenetem', 'az utolso uzenet',
  // "I don't think I'll need it any more", as 'nu o sa mai am nevoie'
  'nu cred ca mai am nevoie', 'nu cred ca o sa mai am nevoie', 'not think i will need', 'not think i ll need', 'brauche es wohl nicht mehr', 'glaube nicht dass ich es noch brauche',
  // "no longer needed" ("non serve più il preventivo"), as 'nu o sa mai am nevoie'
  'non serve piu', 'non mi serve piu', 'non servira piu', 'no longer need it', 'no longer need them', 'no longer be needing', 'nu mai e nevoie de', 'nu mai este nevoie de',
  'wird nicht mehr gebraucht', 'werde es nicht mehr brauchen', 'n en ai plus besoin', 'ya no hace falta', 'ya no la necesito', 'ya no lo necesito', 'nincs mar ra szuksegem',
  'pense pas en avoir encore besoin', 'non credo che mi servira', 'no creo que la necesite', 'no creo que lo necesite', 'nem hiszem hogy szuksegem',
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
  'morgen nicht mehr erleben', 'den morgen nicht mehr', 'ne plus voir demain', 'm endormir et ne plus', 'addormentarmi e non',
  'non vedere il domani', 'dormirme y no', 'no ver el manana', 'elaludni es nem', 'ne lassam a holnapot',
  // not around much longer, said as staying ("nu cred că mai stau mult pe aici", "I won't last much longer")
  'mai stau mult pe aici', 'mai stau mult aici', 'mai raman mult pe aici', 'mai raman mult aici', 'not stick around much longer', 'not last much longer',
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

/** Where a "gone" phrase has an ordinary object: "I'm done now with the aligners", "am terminat cu toate ședințele". */
export const NOT_GONE_TERMS: readonly Term[] = [
  'done now with', 'done with the', 'done with my', 'done with them', 'done with this', 'done with that', 'done with these', 'done with those',
  'done with your', 'toate sedintele', 'fertig mit allem papierkram',
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
];
/**
 * Packs of a medicine: stored up, with the medicine named anywhere in the message, they are pills stored up ("câte nurofen-uri
 * … am strâns vreo trei cutii în sertar", "I've been hoarding boxes of it, the ibuprofen").
 */
export const MEDICINE_PACK_TERMS: readonly Term[] = [
  'cutie', 'cutii', 'cutiile', 'folii', 'foliile', 'blist*', 'box', 'boxes', 'pack', 'packs', 'packet', 'packets', 'strips', 'bottles',
  'packung*', 'schachtel*', 'boite', 'boites', 'plaquette*', 'scatol*', 'confezion*', 'caja', 'cajas', 'envase*', 'doboz*',
];

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
 * A swelling said to be slight or easing: "un pic umflat", "a bit puffy", "etwas dick", "un poco
 * hinchada", "ça dégonfle", "die Schwellung ist weg". Without fever or pain, after a treatment, it is
 * the expected course, a question rather than an acute need; it never cancels a red flag.
 */
export const MILD_SYMPTOM_TERMS: readonly Term[] = [
  // slight
  'putin', 'un pic', 'usor', 'usoara', 'a bit', 'a little', 'a tad', 'slightly', 'slight', 'mild', 'mildly', 'etwas', 'leicht*',
  'bisschen', 'ein wenig', 'un peu', 'legerement', 'leger', 'legere', 'un po', 'poco', 'leggermente', 'lieve', 'un poco', 'un poquito',
  'ligeramente', 'leve', 'kicsit', 'kisse', 'enyhen', 'enyhe',
  // easing or gone
  'scade', 'a scazut', 'se retrage', 's a retras', 'se reduce', 's a redus', 'a trecut', 'a disparut', 'going down', 'gone down',
  'went down', 'easing', 'getting better', 'is gone', 'has gone', 'geht zuruck', 'nimmt ab', 'lasst nach', 'weg', 'wird besser',
  'degonfle', 'diminue', 'disparu', 'va mieux', 'sta calando', 'cala', 'diminuisce', 'sparito', 'passato', 'va meglio', 'bajando',
  'ha bajado', 'disminuye', 'desaparecido', 'mejorando', 'csokken', 'lohad*', 'elmult',
  // much better now ("azi e mult mai bine", "heute schon viel besser")
  'mult mai bine', 'acum e mai bine', 'azi e mai bine', 'e mai bine azi', 'e mai bine acum', 'much better', 'a lot better', 'better today',
  'better now', 'viel besser', 'schon besser', 'heute besser', 'beaucoup mieux', 'mieux aujourd hui', 'molto meglio', 'meglio oggi',
  'mucho mejor', 'mejor hoy', 'sokkal jobb*', 'mar jobb*',
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
];

export const BLEEDING_TERMS: readonly Term[] = [
  'sanger*', 'sange', 'bleed*', 'bled', 'blood', 'blut*', 'saign*', 'sang', 'sanguin*', 'sangue', 'sangr*', 'sangre', 'verz*', 'ooz*', 'sicker*', 'seep*', { term: 'ver', langs: ['hu'] }, 'szivarog*', 'gust de fier', 'taste of blood', 'metallic taste',
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
  'last year', 'year ago', 'years ago', 'back in', 'years back', 'last season', 'last summer', 'last winter', 'last spring', 'months ago', 'long ago', 'as a child', 'as a kid', 'when i was a kid', 'when i was young',
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
  'hives', 'urticar*', 'orticaria', 'welts', 'red bumps', 'itchy bumps', 'itchy rash', 'itchy red', 'rash all over', 'blotches all over',
  // a skin eruption, not a tooth's ("erupție dentară", "éruption dentaire")
  'bube', 'bubite', 'pete rosii', 'eruptie cutanata', 'mancarimi', 'ma mananca tot corpul', 'quaddel*', 'nesselsucht', 'nesselausschlag',
  'ausschlag', 'rote flecken', 'plaques rouges', 'boutons rouges', 'demangeaisons', 'eruption cutanee', 'pomfi', 'bolle rosse', 'chiazze rosse',
  'eruzione cutanea', 'ronchas', 'sarpullido', 'erupcion cutanea', 'granitos rojos', 'habones', 'csalankiutes', 'kiutes*', 'piros foltok',
  'piros pottyok',
];
export const ALLERGY_TERMS: readonly Term[] = [
  'allergic reaction', 'allergic', 'anaphyla*', 'reactie alergica', 'alergie', 'alergic*', 'allergische reaktion', 'allergie', 'allergisch*',
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
/** Where a swelling closes the airway: the lips, the tongue, the throat (with the swelling in the same clause). */
export const AIRWAY_AREA_TERMS: readonly Term[] = [
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
