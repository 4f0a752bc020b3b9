import { describe, expect, it } from 'vitest';
import { CRISIS_SUPPORT_REPLIES, EMERGENCY_ADVICE_REPLIES } from './safety-replies.ts';
import { triage } from './triage.ts';

describe('triage', () => {
  it.each([
    ['ro', 'Am fata umflata si febra de ieri', 'facial_swelling_with_fever'],
    ['ro', 'Mi s-a umflat obrazul si am 38.5', 'facial_swelling_with_fever'],
    ['en', 'My cheek is swollen and I have chills', 'facial_swelling_with_fever'],
    ['ro', 'Dupa extractie nu se opreste sangerarea de 3 ore', 'uncontrolled_bleeding'],
    ['en', "the bleeding won't stop after the extraction", 'uncontrolled_bleeding'],
    ['es', 'me sangra muchísimo la encía', 'uncontrolled_bleeding'],
    ['en', 'I fell off my bike and knocked out my front tooth', 'trauma'],
    ['fr', "J'ai eu un accident, ma mâchoire est cassée", 'trauma'],
    ['de', 'Mein Kiefer ist gebrochen', 'trauma'],
    ['en', "I can't breathe properly, my jaw is swollen", 'breathing_difficulty'],
    ['ro', 'Nu pot sa inghit de la masea', 'swallowing_difficulty'],
    ['hu', 'nem tudok nyelni, nagyon fáj', 'swallowing_difficulty'],
    // fever written as a number with its degree word, puffed-up cheek, Hungarian verb prefixes
    ['ro', 'mi s-a umflat obrazul si am 39 de grade', 'facial_swelling_with_fever'],
    ['en', 'cheek is all puffy, temp 38', 'facial_swelling_with_fever'],
    ['hu', 'feldagadt az arcom, 39 fokos lázam van', 'facial_swelling_with_fever'],
    // bleeding with a negated "stop" anywhere in the message, or that goes on
    ['ro', 'sangerez dupa extractie, nu se mai opreste', 'uncontrolled_bleeding'],
    ['ro', 'nu ma pot opri din sangerat', 'uncontrolled_bleeding'],
    ['fr', "ça saigne sans arrêt depuis l'extraction", 'uncontrolled_bleeding'],
    ['es', 'me sangra la encía y no para', 'uncontrolled_bleeding'],
    ['en', 'the socket is not clotting and the blood keeps coming', 'uncontrolled_bleeding'],
    // an impact (fall, blow) with teeth, mouth, jaw or face named anywhere
    ['ro', 'fiul meu a cazut cu trotineta si si-a spart un dinte', 'trauma'],
    ['en', 'my daughter tripped at school, her front tooth is loose', 'trauma'],
    ['it', 'mio figlio è caduto e ha perso un dente', 'trauma'],
    ['en', 'he got elbowed in the mouth at football', 'trauma'],
    ['en', 'he can barely breathe, his neck is swollen', 'breathing_difficulty'],
    // swelling said as an idiom or misspelt, with heat or shivering said plainly
    ['en', 'my whole cheek ballooned overnight and I feel hot and shaky', 'facial_swelling_with_fever'],
    ['en', 'jaw is swolen and im shaking and sweating', 'facial_swelling_with_fever'],
    ['ro', 'ma doare maseaua si ard tot, obrazul e umflat', 'facial_swelling_with_fever'],
    ['de', 'die Backe ist aufgequollen und ich glühe', 'facial_swelling_with_fever'],
    ['fr', 'ma joue a gonflé et je suis brûlant', 'facial_swelling_with_fever'],
    ['es', 'tengo la cara hinchá y estoy ardiendo', 'facial_swelling_with_fever'],
    // swelling reaching the eye, neck, throat or tongue, or spreading
    ['ro', 'mi s-a umflat fata pana la ochi', 'spreading_swelling'],
    ['en', 'the swelling is spreading down my jaw', 'spreading_swelling'],
    ['it', 'ho il collo gonfio dopo il dente del giudizio', 'spreading_swelling'],
    ['hu', 'bedagadt a szemem alatt a fogam miatt', 'spreading_swelling'],
    // bleeding that goes on (still, flowing, since yesterday) or soaks the gauze
    ['ro', 'de la extractie tot imi curge sange din gura', 'uncontrolled_bleeding'],
    ['en', "it's still bleeding from the socket, it's been since lunch", 'uncontrolled_bleeding'],
    ['en', 'i changed the gauze 4 times already and there is blood on it every time', 'uncontrolled_bleeding'],
    ['de', 'Ich blute immer noch seit gestern nach der OP', 'uncontrolled_bleeding'],
    ['de', 'Den Tupfer habe ich dreimal gewechselt, es blutet', 'uncontrolled_bleeding'],
    ['fr', 'le sang coule encore depuis hier soir', 'uncontrolled_bleeding'],
    ['it', 'il sangue continua a uscire da ieri', 'uncontrolled_bleeding'],
    ['es', 'todavía me sangra la herida, las gasas están empapadas', 'uncontrolled_bleeding'],
    ['hu', 'még mindig vérzik a foghúzás helye', 'uncontrolled_bleeding'],
    // a blow: a ball, a fist, an assault, with the face or teeth
    ['en', 'got smacked in the mouth with a hockey puck, tooth is wobbly', 'trauma'],
    ['ro', 'l-a lovit mingea in gura si ii sangereaza buza', 'trauma'],
    ['it', 'mio figlio ha preso una pallonata in faccia, il dente si muove', 'trauma'],
    ['es', 'me dieron un puñetazo y tengo un diente suelto', 'trauma'],
    ['hu', 'labdával arcon találtak, lötyög a fogam', 'trauma'],
    ['fr', "il a reçu un coup de poing, sa dent bouge", 'trauma'],
    // breathing and swallowing said differently
    ['ro', 'nu am aer, mi se umfla gatul', 'breathing_difficulty'],
    ['en', "can't get air in properly, the throat feels tight", 'breathing_difficulty'],
    ['fr', "j'arrive pas à avaler", 'swallowing_difficulty'],
    ['es', 'me falta el aire desde la extracción', 'breathing_difficulty'],
    // a scuffle or scrap; German "aufgeschlagen" (struck on landing)
    ['en', 'had a scuffle at the pub yesterday and my front tooth is loose', 'trauma'],
    ['es', 'ayer hubo una trifulca en la calle y tengo un diente roto', 'trauma'],
    ['de', 'meine Tochter ist heute mit dem Mund auf der Tischkante aufgeschlagen, der Zahn wackelt', 'trauma'],
  ])('%s red flag → emergency advice: %s', (language, text, flag) => {
    const result = triage({ text, language });
    expect(result).toMatchObject({ urgency: 'emergency', routing: 'emergency_advice', crisis: false, escalate: true });
    expect(result.redFlags).toContain(flag);
    expect(result.safetyReply).toBe(EMERGENCY_ADVICE_REPLIES[language as keyof typeof EMERGENCY_ADVICE_REPLIES]);
    expect(result.safetyReply).toMatch(/112/);
  });

  it.each([
    ['ro', 'nu mai vreau sa traiesc'],
    ['ro', 'Vreau să mă sinucid'],
    ['en', 'I want to kill myself'],
    ['en', "I don't want to be here anymore"],
    ['en', 'everyone would be better off without me'],
    ['de', 'Ich will mich umbringen'],
    ['fr', 'Je veux me suicider'],
    ['it', 'Voglio farla finita'],
    ['es', 'Quiero quitarme la vida'],
    ['hu', 'Öngyilkos leszek'],
    // indirect: not waking up, ending everything, tired of living, wishing to be dead, a method
    ['en', "honestly I hope I don't wake up tomorrow"],
    ['en', "I'm so tired of living like this"],
    ['en', 'sometimes I wish I was dead'],
    ['ro', 'vreau sa termin cu tot, nu mai pot'],
    ['ro', 'm-am saturat de viata'],
    ['de', 'ich möchte einfach nicht mehr aufwachen'],
    ['de', 'ich bin lebensmüde'],
    ['fr', "j'en ai marre de vivre"],
    ['it', 'sono stanca di vivere'],
    ['it', "vorrei addormentarmi e non svegliarmi più"],
    ['es', 'estoy cansado de vivir'],
    ['es', 'ya no quiero despertar, quiero terminar con todo'],
    ['hu', 'nem akarok felébredni holnap'],
    ['hu', 'végzek magammal'],
    // a cancellation with doubt about still being here, letters to the family, a wish to vanish
    ['ro', 'Anulati programarea. Nu mai are rost, nu cred ca mai sunt pe aici luna viitoare'],
    ['fr', "Annulez mon rendez-vous. J'ai écrit des lettres à ma famille, je ne pense pas être encore là lundi"],
    ['hu', 'néha azt kívánom, bárcsak eltűnhetnék'],
    ['hu', 'semmihez nincs erőm, bár soha többé ne kelljen felkelnem'],
    ['en', "I wrote letters to my family last night. I won't be around long enough for the crown"],
    ['ro', 'mi-am luat ramas bun de la toti, nu mai am putere sa continui'],
    ['en', 'I gave my cat to my sister and wrote letters to my children. please close my file, I wont need it'],
    ['de', 'Ich sehe in nichts mehr einen Sinn und will nur noch einschlafen und nie wieder aufwachen'],
    ['fr', "annulez tout, je serai plus là à Noël, personne ne s'en rendra compte"],
    ['hu', 'semminek nincs értelme, úgysem leszek itt sokáig'],
    // tired of existing; nobody would even notice + if I were not around; affairs put in order; won't be needing
    ['en', "I'm just so sick of existing, sorry for texting this"],
    ['fr', "j'en ai marre d'exister"],
    ['en', "no one would even miss me if I was not around"],
    ['ro', 'n-are rost nimic, nimeni nu mi-ar simti lipsa. am pus totul in ordine'],
    ['es', 'ya no voy a necesitar la ortodoncia, nadie me extrañaría de todos modos'],
    ['it', 'non ha senso, ho messo tutto in ordine'],
  ])('%s crisis language → crisis support: %s', (language, text) => {
    const result = triage({ text, language });
    expect(result).toMatchObject({ urgency: 'emergency', routing: 'crisis_support', crisis: true, escalate: true });
    expect(result.redFlags).toContain('self_harm');
    expect(result.safetyReply).toBe(CRISIS_SUPPORT_REPLIES[language as keyof typeof CRISIS_SUPPORT_REPLIES]);
    expect(result.safetyReply).toMatch(/112/);
    expect(result.safetyReply).toMatch(/0800 801 200/);
  });

  it('the crisis reply never sells', () => {
    for (const reply of Object.values(CRISIS_SUPPORT_REPLIES)) {
      expect(reply).not.toMatch(/implant|offer|ofert|promo|discount|reducere|programare|appointment|book/i);
    }
  });

  it('pain without red flags goes to the doctor on call, without escalation', () => {
    expect(triage({ text: 'Ma doare maseaua de ieri', language: 'ro' })).toEqual({
      urgency: 'high',
      routing: 'doctor_on_call',
      redFlags: [],
      crisis: false,
      escalate: false,
      safetyReply: null,
    });
    expect(triage({ text: 'my face is swollen', language: 'en' }).routing).toBe('doctor_on_call');
  });

  it('does not escalate lookalikes', () => {
    for (const [text, language] of [
      ['the tooth at the back is killing me', 'en'], // figurative, pain only
      ['umflat putin, fara febra', 'ro'], // fever negated
      ['my gums bleed a little when I brush', 'en'],
      ['Mi-a cazut o plomba', 'ro'], // a filling fell out, nobody fell
      ['a filling fell out of my tooth', 'en'],
      ['mi-a cazut un dinte de lapte', 'ro'],
      ['am 39 de ani si obrazul putin umflat', 'ro'], // an age is not a temperature
      ['the price of implants fell last year', 'en'], // an impact word without teeth or face
      ['I accidentally bit my lip', 'en'],
      ['imi sangereaza gingia cand ma spal tare', 'ro'],
      ['Is swelling normal after an implant?', 'en'],
      ['Cât costă un implant?', 'ro'],
      // persistence words with slight, routine or stopped bleeding
      ['my gums still bleed when I brush, is that bad?', 'en'],
      ['imi sangereaza gingiile tot timpul cand ma spal pe dinti', 'ro'],
      ['it stopped bleeding but still hurts a bit', 'en'],
      ['after the extraction there is still a little blood in my saliva, normal?', 'en'],
      ['le gencive saigne encore un peu', 'fr'],
      // impact lookalikes: a nerve, a car park, a sport, a decision
      ['the dentist hit a nerve during the filling', 'en'],
      ['can I park my car near the clinic? I have an appointment for teeth cleaning', 'en'],
      ['do you make mouthguards for basketball?', 'en'],
      ['Ich habe eine Entscheidung getroffen, ich möchte ein Implantat', 'de'],
      // heat and spreading lookalikes
      ['hot drinks hurt my swollen gum', 'en'],
      ['my eye tooth is a bit swollen around the gum', 'en'],
      ['can I spread the payments? my gum is swollen', 'en'],
      // "end everything" and "wake up" with an ordinary meaning
      ['quiero terminar con todo el tratamiento este mes', 'es'],
      ['vreau sa termin tratamentul cat mai repede', 'ro'],
      ["what time do you open? I can't wake up early", 'en'],
      ['I want to wake up without pain', 'en'],
      // hopelessness or "gone" alone, or about a thing rather than oneself
      ['no point whitening now, I want these stains to disappear first', 'en'],
      ['nu mai suport durerea, vreau sa dispara odata', 'ro'],
      ['ich kann nicht mehr kauen auf der linken Seite', 'de'],
      ['will the swelling be gone by Friday? no point booking otherwise', 'en'],
      // Romanian "n-am" negates ("n-am febră"); an injury "last season" is history
      ['e un pic umflat dupa implant, n-am febra, e normal?', 'ro'],
      ['my son took a puck to the face last season, do you make mouthguards?', 'en'],
      // choking as a figure of speech; gauze asked about after a normal extraction
      ['I feel like choking just thinking about the drill, do you offer sedation?', 'en'],
      ['can I take the gauze out after half an hour?', 'en'],
      // a supposed case ("if … swells … fever"): a question about what could happen
      ['una pregunta, si después del implante se me hincha la cara o me da fiebre, qué hago?', 'es'],
      ['if my face swells up and I get a fever after the implant, what should I do?', 'en'],
      // embarrassment, not a crisis: "to sink into the ground"
      ["j'ai tellement honte de mes dents que j'ai envie de disparaître sous terre", 'fr'],
      ['no point, the last time I booked you cancelled on me', 'en'],
      ['what happens if the area swells up or I run a fever after an implant?', 'en'],
      // a supposed accident, asked about in advance; "rather die than" a dentist; Italian "niente febbre"
      ['Quick question: if my son ever knocks a tooth out playing hockey, what should we do? Nothing has happened yet', 'en'],
      ["I'd rather die than go back to my old dentist haha. Do you offer sedation?", 'en'],
      ['ieri mi hanno tolto il dente del giudizio, la guancia è un po\' gonfia ma niente febbre', 'it'],
      // a first-aid question with nothing having happened; "what if" the swelling spreads; an age beside a count
      ['nu s-a intamplat nimic, dar daca fetita isi scoate un dinte, il pun in lapte?', 'ro'],
      ['What if the swelling spreads to my neck after the extraction? Is that common?', 'en'],
      ['am 38 de ani si 2 copii, vreau un implant', 'ro'],
    ] as const) {
      expect(triage({ text, language }).escalate, text).toBe(false);
    }
  });

  it.each([
    // Romanian plural of "frison", German "dick" cheek, bleeding that "does not stop" split around its verb
    ['ro', 'mi s-a umflat tot obrazul si am frisoane de azi noapte', 'facial_swelling_with_fever'],
    ['de', 'Meine Wange ist total dick und ich habe Fieber', 'facial_swelling_with_fever'],
    ['de', 'Nach dem Zahnziehen hört die Blutung einfach nicht auf', 'uncontrolled_bleeding'],
    ['en', "it's been bleeding since the extraction this morning and it's not slowing down", 'uncontrolled_bleeding'],
    // swallowing that hurts, with a swelling: the floor of the mouth
    ['ro', 'am o umflatura sub barbie si ma doare cand inghit', 'swallowing_difficulty'],
    // face-plants and collisions
    ['en', 'she faceplanted off the trampoline and her front tooth came out', 'trauma'],
    ['de', 'Er ist beim Fußball mit einem Spieler zusammengeprallt, ein Zahn wackelt', 'trauma'],
    // a child's age is not a time in the past: the fall is today's
    ['fr', 'mon fils de 8 ans est tombé et s\'est cassé une dent', 'trauma'],
    ['ro', 'baiatul meu de 7 ani a cazut si si-a spart dintele din fata', 'trauma'],
    ['en', 'my 6 year old fell off the swing and knocked out a tooth', 'trauma'],
    // crisis said indirectly
    ['en', 'honestly whats the point anymore, i just want everything to end', 'self_harm'],
    ['en', "I've been thinking about ending it all", 'self_harm'],
    ['ro', 'sunt obosita de tot, cred ca ar fi mai bine daca nu as mai fi', 'self_harm'],
    ['fr', "je n'ai plus la force de continuer, je veux que tout s'arrête", 'self_harm'],
    ['es', 'ya no aguanto más, no quiero seguir aquí', 'self_harm'],
    // hopelessness and a wish to be gone, each said its own way, in one message
    ['en', "I'm sick of everything, honestly I just want to disappear", 'self_harm'],
    ['ro', 'nu mai are rost nimic, as vrea doar sa dispar', 'self_harm'],
    ['de', 'ich kann nicht mehr, ich will einfach verschwinden', 'self_harm'],
    ['hu', 'nincs értelme semminek, legszívesebben eltűnnék', 'self_harm'],
    ['ro', 'nu mai am putere de nimic, poate ar fi mai bine daca nu mai eram', 'self_harm'],
    ['de', 'ich mag nicht mehr, wäre besser zu verschwinden', 'self_harm'],
    // bleeding said as oozing; a knocked-out tooth kept in milk
    ['en', "had a tooth pulled and it won't stop oozing", 'uncontrolled_bleeding'],
    ['en', 'her tooth came out at hockey, we put it in milk, where do we go', 'trauma'],
    // gauze soaked or changed again and again is bleeding, even without a bleeding word
    ['ro', 'mi-au scos o masea, am schimbat 5 tampoane si nu se opreste', 'uncontrolled_bleeding'],
    ['en', 'the gauze is soaked through again after the extraction', 'uncontrolled_bleeding'],
    // saliva that will not go down; a temperature said in words
    ['es', 'se me cae la baba, tengo la cara hinchada', 'swallowing_difficulty'],
    ['it', 'ho la guancia gonfia e stamattina 38 e mezzo', 'facial_swelling_with_fever'],
    // farewell acts; a slip against a sink
    ['en', 'please cancel everything, I already gave away all my things', 'self_harm'],
    ['it', 'è scivolata in bagno e ha battuto la bocca sul lavandino', 'trauma'],
    // a lump spreading to the neck; an elbow in the mouth; a parent writing about a son
    ['en', 'the lump near my back tooth is spreading into my neck', 'spreading_swelling'],
    ['ro', 'a luat un cot in gura la fotbal, un dinte se clatina', 'trauma'],
    ['ro', 'baiatul meu nu mai vrea nimic, zice ca ar fi mai bine daca n-ar mai fi', 'self_harm'],
    ['de', 'hab keine Kraft mehr, meine Sachen schon verschenkt', 'self_harm'],
    // Romanian "se" is a reflexive, not Italian "if": still today's swelling
    ['ro', 'se umfla obrazul tot mai tare si am febra', 'facial_swelling_with_fever'],
    // a burden who says goodbye; a decision not to be here; the same in other words
    ['en', 'my mum says she is just a burden and she said goodbye to everyone yesterday', 'self_harm'],
    ['es', 'no voy a estar aqui mucho mas, ya lo tengo decidido', 'self_harm'],
    ['de', 'keiner würde mich vermissen, ich will nur noch verschwinden', 'self_harm'],
    // bleeding without pause; a parent who cannot swallow
    ['ro', 'sangereaza intruna de la extractie', 'uncontrolled_bleeding'],
    ['ro', 'tata nu mai poate inghiti de la masea', 'swallowing_difficulty'],
    // not waking up as a relief; things given away "this week"
    ['ro', 'daca as adormi si nu m-as mai trezi ar fi o usurare', 'self_harm'],
    ['en', "I've been giving all my stuff away, won't be needing it", 'self_harm'],
  ] as const)('[%s] %s → %s', (language, text, flag) => {
    const result = triage({ text, language });
    expect(result.escalate).toBe(true);
    expect(result.redFlags).toContain(flag);
  });

  it.each([
    ['ro', 'bunica are obrazul umflat de ieri si azi are 38 si 5', 'facial_swelling_with_fever'],
    ['en', 'my tongue is pushed up from underneath and I talk funny since the toothache', 'spreading_swelling'],
    ['fr', "ma fille s'est pris la porte en pleine figure, elle saigne de la bouche", 'trauma'],
    ['en', 'just asking: my son fell off the swing and his front tooth is out, is it urgent?', 'trauma'],
  ])('%s, said another way: %s → %s', (language, text, flag) => {
    const result = triage({ text, language });
    expect(result.redFlags, text).toContain(flag);
    expect(result.escalate).toBe(true);
  });

  it.each([
    // affairs put in order, or letters "for" the family, with a wish to be gone ("when I'm gone")
    ['en', "I'm paying off my balance so I leave everything in order, I won't be here much longer", 'self_harm'],
    ['ro', 'vreau sa las totul in ordine pentru copii, nu cred ca mai apuc primavara', 'self_harm'],
    ['es', 'quiero dejar todo en orden, cuando ya no esté no quiero que mis hijos reciban facturas', 'self_harm'],
    ['it', 'ho scritto le lettere per i miei figli, presto non ci sarò più', 'self_harm'],
    // a temperature in words, with its tenths or its degrees; Fahrenheit
    ['en', 'my face is swollen and the thermometer says thirty-nine point two', 'facial_swelling_with_fever'],
    ['ro', 'obrazul e umflat si are treizeci si noua de grade', 'facial_swelling_with_fever'],
    ['fr', 'mon fils a la joue gonflée et trente-neuf virgule cinq ce matin', 'facial_swelling_with_fever'],
    ['es', 'tengo la cara hinchada y treinta y nueve coma dos de fiebre', 'facial_swelling_with_fever'],
    ['hu', 'dagadt az arcom és harminckilenc egész kettő', 'facial_swelling_with_fever'],
    ['en', 'cheek swollen, 102F since last night', 'facial_swelling_with_fever'],
    // a swing in each language; French "se prendre" something in the mouth
    ['es', 'el columpio le dio en la boca y tiene un diente suelto', 'trauma'],
    ['de', 'die Schaukel hat ihn am Mund erwischt, ein Zahn wackelt', 'trauma'],
    ['fr', "mon fils s'est pris le guidon dans les dents, une incisive bouge", 'trauma'],
    // "about two hours ago" is today, not history; "since then" runs up to now
    ['ro', 'a cazut acum vreo 2 ore si si-a spart dintele', 'trauma'],
    ['ro', 'am avut un implant acum 2 ani, de atunci am obrazul umflat si febra', 'facial_swelling_with_fever'],
    ['ro', 'mi-am pus implant acum 2 luni si acum am obrazul umflat si febra', 'facial_swelling_with_fever'],
  ] as const)('[%s] %s → %s (new concepts)', (language, text, flag) => {
    const result = triage({ text, language });
    expect(result.escalate).toBe(true);
    expect(result.redFlags).toContain(flag);
  });

  it('does not escalate the lookalikes of those concepts', () => {
    for (const [text, language] of [
      // order and absence without a farewell
      ["I'm moving abroad so I want to leave everything in order, can I pay the rest of my bill?", 'en'],
      ['ho prenotato per i miei figli, lunedì non ci sarò, possiamo spostare?', 'it'],
      // an age in words is not a temperature
      ['my cheek is a bit swollen, I am thirty nine, can I get an appointment?', 'en'],
      ['Hallo, ich bin neununddreißig und meine Backe ist etwas dick', 'de'],
      // French "se prendre" a booking
      ['je me suis pris rendez-vous pour un détartrage, mes dents sont jaunes', 'fr'],
      // symptoms and accidents told "back then", after a time in years
      ['Vor drei Jahren hatte ich einen Abszess, damals war die Backe dick und ich hatte Fieber. Jetzt ist alles gut', 'de'],
      ['I had an abscess two years ago, back then my face was swollen and I had a fever. All fine now', 'en'],
      ['am cazut cu bicicleta acum 5 ani, atunci mi-am spart dintele din fata, vreau o coroana', 'ro'],
      ['3 éve elestem és kitört a fogam, most implantátumot szeretnék', 'hu'],
      // asked in advance: "nothing's happened", "hypothetically"
      ["nothing's happened, but if he knocks a tooth out do I put it in milk?", 'en'],
      ['hipotéticamente, si mi hijo se rompe un diente, ¿tenéis citas de urgencia?', 'es'],
    ] as const) {
      expect(triage({ text, language }).escalate, text).toBe(false);
    }
  });

  it.each([
    // "not wake up" in another Romanian word order; "that it all stops"; one's things given away
    ['ro', 'nu mai vreau sa ma mai trezesc, sunt obosita de tot', 'self_harm'],
    ['de', 'ich will nur, dass alles aufhört', 'self_harm'],
    ['it', 'voglio solo che tutto si fermi', 'self_harm'],
    ['es', 'estoy regalando mis cosas, ya no las voy a necesitar', 'self_harm'],
    ['fr', 'je donne toutes mes affaires à mes voisins', 'self_harm'],
    // things sorted out, nothing matters, others better off, doubt of living to a date: each with a "gone" or hopeless phrase
    ['en', "I've sorted out my things, I won't be around for the appointment", 'self_harm'],
    ['es', 'ya nada importa, quiero desaparecer', 'self_harm'],
    ['de', 'ich bin nur eine Last, alle wären besser dran', 'self_harm'],
    ['es', 'no tiene sentido, no creo que llegue a la próxima cita', 'self_harm'],
    ['en', "no point, I don't think I'll make it to the next visit", 'self_harm'],
    // a pet handed on, with a "gone" phrase
    ['en', "I gave my dog to my neighbour, please cancel, I won't be around anymore", 'self_harm'],
    ['it', 'ho affidato il mio gatto a mia sorella, non ci sarò più', 'self_harm'],
    // a tooth named by its kind; bleeding that goes on although something else is "a bit"
    ['de', 'meine Tochter ist hingefallen, ein Schneidezahn ist abgebrochen', 'trauma'],
    ['en', 'she slipped at the pool and cracked a molar', 'trauma'],
    ['en', 'tooth pulled at noon, still bleeding through the gauze, I feel a bit faint', 'uncontrolled_bleeding'],
    // first aid after an accident that happened; "like" after a clause that is not an "if"
    ['en', 'my son got hit by a ball, the tooth is out, should I keep it in milk?', 'trauma'],
    ['en', 'my face is swollen, like really swollen, and I have a fever', 'facial_swelling_with_fever'],
    // "it all passed" clears only what was told before it
    ['en', 'I had a fever last month, it all passed, but now my face is swollen and I have a fever again', 'facial_swelling_with_fever'],
  ] as const)('[%s] %s → %s (holdout-13 concepts)', (language, text, flag) => {
    const result = triage({ text, language });
    expect(result.escalate).toBe(true);
    expect(result.redFlags).toContain(flag);
  });

  it('does not escalate the lookalikes of the holdout-13 concepts', () => {
    for (const [text, language] of [
      // woken by pain; "it doesn't matter" about a time; a pet left while on holiday, without a farewell
      ['nu mai vreau sa ma trezesc noaptea de durere, cat costa o extractie?', 'ro'],
      ["I don't want to wake up in pain again, can you see me tomorrow?", 'en'],
      ['nu mai conteaza ora, vin oricand', 'ro'],
      ['am dat cainele la vecina cat sunt in concediu, pot veni la control?', 'ro'],
      ['I left my bike at the clinic yesterday, will it still be around?', 'en'],
      ["I don't think I'll make it to my appointment on time, can we move it?", 'en'],
      // an old injury from a time of life gone by, or last month
      ["I got my incisor knocked playing hockey in college and it's grey now, can it be whitened?", 'en'],
      ['am cazut luna trecuta si mi s-a ciobit un dinte, vreau sa il refac', 'ro'],
      // slight bleeding in its own clause; symptoms told before "it all passed"
      ['had an extraction, just a bit of blood still when I spit, normal?', 'en'],
      ['il mese scorso avevo la febbre e mal di denti, ma è passato tutto. fate visite di controllo?', 'it'],
      // first aid asked about a supposed accident ("someone"); "like"/"for example" going on with an "if"
      ['what if someone gets a tooth knocked out, do you keep it in milk? asking for my rugby team', 'en'],
      ['was macht man, wenn jemandem ein Zahn ausgeschlagen wird? in Milch legen?', 'de'],
      ['if something happens over the holidays, like my face swells and I get a fever, what do I do?', 'en'],
    ] as const) {
      expect(triage({ text, language }).escalate, text).toBe(false);
    }
  });

  it.each([
    // a mouth that will not open (trismus), with fever: a spreading infection
    ['ro', 'ma doare maseaua si nu mai pot deschide gura decat un deget, cred ca am febra, ma trec fiorii', 'trismus_with_fever'],
    ['en', 'I can barely open my mouth since the wisdom tooth and I have a fever', 'trismus_with_fever'],
    ['de', 'Ich kann den Mund kaum öffnen und habe Fieber', 'trismus_with_fever'],
    ['es', 'no puedo abrir la boca y tengo escalofríos', 'trismus_with_fever'],
    // pills stored up: a means prepared
    ['ro', 'am adunat pastilele de somn ale mamei de cateva luni', 'self_harm'],
    ['en', "I've been saving up my sleeping pills for weeks", 'self_harm'],
    ['it', 'ho messo da parte i sonniferi di mia madre', 'self_harm'],
    // thanks for everything as a farewell, or "my last message", with a "gone" phrase
    ['ro', 'anulez toate programarile, nu o sa mai am nevoie de ea. va multumesc pentru tot ce ati facut pentru mine', 'self_harm'],
    ['en', "please cancel my cleaning. I've given my cat to my neighbour. this is my last message", 'self_harm'],
    ['fr', "j'ai rangé mes affaires, c'est mon dernier message", 'self_harm'],
  ] as const)('[%s] %s → %s (holdout-14 concepts)', (language, text, flag) => {
    const result = triage({ text, language });
    expect(result.escalate).toBe(true);
    expect(result.redFlags).toContain(flag);
  });

  it('does not escalate the lookalikes of the holdout-14 concepts', () => {
    for (const [text, language] of [
      // a stiff jaw without fever, or a mouth that opens fine; "open" about the clinic
      ['my jaw is stiff after the extraction, I can only open my mouth a finger wide, no fever', 'en'],
      ['I can open my mouth fine now, I had a fever last week', 'en'],
      ['are you open on saturday? my mouth hurts a bit', 'en'],
      // pills fetched or taken as prescribed; savings for a treatment
      ['I picked up my pills from the pharmacy, can I take them before the extraction?', 'en'],
      ['am strans bani pentru albire, cat costa?', 'ro'],
      // thanks for everything, or a last message, without a "gone" phrase (moving, switching clinics)
      ['va multumesc pentru tot ce ati facut pentru mine, ne vedem la control', 'ro'],
      ['this is my last message about the invoice, please send it by email', 'en'],
      ['you have all been lovely, see you at the next check-up', 'en'],
    ] as const) {
      expect(triage({ text, language }).escalate, text).toBe(false);
    }
  });

  it.each([
    // an animal's bite or attack with the mouth or face named
    ['en', 'my daughter was bitten by a dog, her lip is split and a tooth is chipped', 'trauma'],
    ['ro', 'l-a muscat un caine de fata pe baiatul meu acum o ora, are buza rupta', 'trauma'],
    ['de', 'mein Sohn wurde vom Hund ins Gesicht gebissen, ein Zahn wackelt', 'trauma'],
    ['fr', 'mon fils a été mordu par un chien au visage, une dent est cassée', 'trauma'],
    // Italian "ha" (has) opening a clause is not Hungarian "ha" (if)
    ['it', 'mia madre ha la guancia gonfia e ha i brividi da ieri', 'facial_swelling_with_fever'],
    ['it', 'ha la faccia gonfia fino al collo', 'spreading_swelling'],
    // thanks for having been kind, with a "gone" phrase
    ['en', "you were always so kind to me. please cancel my crown, I won't be around for it", 'self_harm'],
    ['ro', 'ati fost mereu buni cu mine. anulati controlul, nu o sa mai am nevoie de el', 'self_harm'],
    // one's car handed on, with a "gone" phrase
    ['en', "I gave my car to my sister, I won't be around much longer, cancel my cleaning", 'self_harm'],
    // no reason to go on, with "no longer needed"
    ['it', 'non ho più motivi per andare avanti, la pulizia non mi serve più', 'self_harm'],
    ['en', "I have no reason to go on. I no longer need it, cancel the implant consult", 'self_harm'],
    ['es', 'ya no tengo motivos para seguir, ya no lo necesito, cancelen la cita', 'self_harm'],
    // "bled", the past tense, heavily
    ['en', 'after the extraction it bled heavily all night', 'uncontrolled_bleeding'],
  ] as const)('[%s] %s → %s (holdout-15 concepts)', (language, text, flag) => {
    const result = triage({ text, language });
    expect(result.escalate).toBe(true);
    expect(result.redFlags).toContain(flag);
  });

  it('does not escalate the lookalikes of the holdout-15 concepts', () => {
    for (const [text, language] of [
      // an animal without a bite; a bite that is not an animal's; "a bit"
      ['our dog is a bit scared of the vet, and my tooth hurts a bit', 'en'],
      ['I bite my lip when I chew, is that normal after the filling?', 'en'],
      ['m-am muscat de buza cand am mancat, ma doare putin', 'ro'],
      // Hungarian "ha" (if) still supposes
      ['ha bedagad az arcom és lázas leszek, mit tegyek?', 'hu'],
      // kindness or a car, or no reason to go on, without a "gone" phrase
      ['you were always so kind to me, see you at the check-up next month', 'en'],
      ['I gave my car to the mechanic, can we move the appointment to Friday?', 'en'],
      ['non ho più motivi per andare avanti con le faccette, costano troppo', 'it'],
      ['la radiografia non serve più, l\'ho già fatta, grazie', 'it'],
      // bled a little, then stopped
      ['it bled a little after the cleaning and then stopped', 'en'],
    ] as const) {
      expect(triage({ text, language }).escalate, text).toBe(false);
    }
  });

  it('does not escalate the lookalikes of the holdout-16 concepts', () => {
    for (const [text, language] of [
      // fever denied after the word; a hopeless or a "gone" phrase alone; affairs in order without hopelessness
      ['obrazul putin umflat de ieri, dar febra nu am avut deloc', 'ro'],
      ['the cheek is a bit swollen, fever I have not had', 'en'],
      ['la encía un poco hinchada, fiebre no he tenido', 'es'],
      ['ya no voy a necesitar la limpieza, me la hicieron en otra clínica', 'es'],
      ['I did not know who else to ask about my implant, can you help?', 'en'],
      ['am pus totul in ordine cu asigurarea, cand pot veni la control?', 'ro'],
      ['I wrote some letters of complaint to the insurer about my crown', 'en'],
      // a fight not with the face; "aufgeschlagen" without teeth or face
      ['we had a scuffle over the parking spot, can I book a cleaning?', 'en'],
      ['das Buch ist aufgeschlagen, was kostet eine Füllung?', 'de'],
    ] as const) {
      expect(triage({ text, language }).escalate, text).toBe(false);
    }
  });

  it.each([
    // needing nothing "where I'm going", with things handed on
    ['en', "I've given my stuff to my brother, I won't need anything where I'm going", 'self_harm'],
    ['ro', 'mi-am dat cainele la sora mea, acolo unde plec nu o sa am nevoie de nimic', 'self_harm'],
    ['de', 'Ich habe meinen Hund abgegeben, dort wo ich hingehe brauche ich nichts', 'self_harm'],
    // a weight on everyone, with "I'm done now"
    ['en', "I'm just a weight on my family, I think I'm done now", 'self_harm'],
    ['fr', "je suis un poids pour tout le monde, pour moi c'est fini", 'self_harm'],
    ['it', 'sono solo un peso per tutti, per me è finita', 'self_harm'],
    ['hu', 'csak teher vagyok mindenkinek, nekem végem', 'self_harm'],
    // not caring about anything, with a wish to skip tomorrow
    ['en', "honestly I don't care about anything anymore, I'd love to just skip tomorrow", 'self_harm'],
    ['ro', 'nu-mi mai pasă de nimic, aș vrea să nu mai văd ziua de mâine', 'self_harm'],
    // pills put aside, the particle apart from its verb
    ['en', "I've been putting my painkillers aside for weeks", 'self_harm'],
    ['ro', 'pun calmantele deoparte de o lună', 'self_harm'],
    ['de', 'ich habe die Schlaftabletten beiseitegelegt', 'self_harm'],
    ['fr', "j'ai mis les somnifères de côté", 'self_harm'],
    ['it', 'ho messo i sonniferi da parte', 'self_harm'],
    // farewell acts of two kinds, without a "gone" phrase
    ['en', "I've settled my affairs and written letters to my kids", 'self_harm'],
    ['ro', 'mi-am rezolvat treburile și am scris scrisorile', 'self_harm'],
    ['de', 'Ich habe meine Angelegenheiten geregelt und Briefe an meine Kinder geschrieben', 'self_harm'],
    ['es', 'he arreglado mis asuntos y he escrito mis cartas', 'self_harm'],
    ['en', 'I gave my cat to my neighbour and wrote my letters', 'self_harm'],
    // thanks "for always being kind", with a "gone" phrase
    ['en', "thank you for always being so good to me, I won't be around much longer", 'self_harm'],
    // a swelling or fever "gone" that does not end there, is denied, or came back
    ['en', 'the swelling has gone down to my neck and I have a fever', 'spreading_swelling'],
    ['en', "the swelling hasn't gone and I have a fever", 'facial_swelling_with_fever'],
    ['ro', 'febra a trecut dar a revenit azi, obrazul e umflat', 'facial_swelling_with_fever'],
    ['en', 'my face is swollen all over and I have a fever', 'facial_swelling_with_fever'],
  ] as const)('[%s] %s → %s (holdout-17 concepts)', (language, text, flag) => {
    const result = triage({ text, language });
    expect(result.escalate).toBe(true);
    expect(result.redFlags).toContain(flag);
  });

  it('does not escalate the lookalikes of the holdout-17 concepts', () => {
    for (const [text, language] of [
      // "where I'm going", "I'm done now", not caring, without hopelessness or about an ordinary thing
      ["where I'm going on holiday there's no dentist, can I book before Friday?", 'en'],
      ["no point waiting, I'm done now with the aligners, can I get retainers?", 'en'],
      ["I don't care about anything fancy, just a cleaning please", 'en'],
      // "aside from" my tablets; one farewell kind said twice; letters of complaint
      ["aside from my blood pressure tablets I'm healthy, can I get implants?", 'en'],
      ['I want to leave everything in order and settle my affairs before the move, can you send the invoice?', 'en'],
      ['I wrote some letters of complaint and sorted out my insurance, when can I come?', 'en'],
      // a fever and a swelling said to be over
      ["fever's gone and the swelling went down, can I book the root canal now?", 'en'],
      ['febra a trecut și umflătura s-a retras complet, când pot veni la control?', 'ro'],
      ["Das Fieber ist weg und die Schwellung ist zurückgegangen, wann kann ich kommen?", 'de'],
      ['la fièvre est tombée et le gonflement a disparu, je peux prendre rdv ?', 'fr'],
      ['la febbre è passata e il gonfiore è sparito del tutto', 'it'],
      ['se me quitó la fiebre y la hinchazón bajó, ¿cuándo hago la endodoncia?', 'es'],
      ['a láz elmúlt, a duzzanat lelohadt, mikor mehetek?', 'hu'],
    ] as const) {
      expect(triage({ text, language }).escalate, text).toBe(false);
    }
  });

  it.each([
    // thanks for everything as a farewell act, with things handed on (a pet, clothes): two kinds, no "gone" phrase
    ['ro', 'i-am dat cainele fratelui meu si hainele la biserica, va multumesc pentru tot ce ati facut pentru mine', 'self_harm'],
    ['en', "I've given my dog to my neighbour. Thank you for everything you have done for me over the years", 'self_harm'],
    ['de', 'Ich habe meine Katze abgegeben. Danke für alles, was Sie für mich getan haben', 'self_harm'],
    // easier without me, as 'better off without me'
    ['ro', 'cred ca familiei mele i-ar fi mai usor fara mine', 'self_harm'],
    ['en', 'honestly my family would find life easier without me', 'self_harm'],
    ['de', 'meine Familie hätte es leichter ohne mich', 'self_harm'],
    ['it', 'sarebbe tutto più facile senza di me', 'self_harm'],
    // saying goodbye to everyone in another word order; a relative who fears self-harm (third person)
    ['en', "my brother has been calling everyone to say goodbye, I'm scared", 'self_harm'],
    ['de', 'mein Mann hat sich diese Woche von allen verabschiedet', 'self_harm'],
    ['en', "I'm scared my son will kill himself", 'self_harm'],
    ['de', 'ich habe Angst, dass er sich etwas antut', 'self_harm'],
    ['es', 'mi hermana dice que quiere quitarse la vida', 'self_harm'],
    // letters to loved ones, a will, everything tidied away: farewell acts of two kinds
    ['en', 'I gave my clothes to charity and wrote letters to my loved ones', 'self_harm'],
    ['en', "I've made my will and put my affairs in order", 'self_harm'],
    ['fr', "j'ai écrit des lettres à mes proches et j'ai tout rangé", 'self_harm'],
    // a burden ("zur Last"), easier for everyone, with "soon over for me" or "when I'm gone"
    ['de', 'ich falle allen nur zur Last, bald ist Schluss', 'self_harm'],
    ['fr', "ce sera plus simple pour tout le monde quand je ne serai plus là", 'self_harm'],
    ['ro', 'nu mai are rost, a scris si un testament, zice ca in curand nu o sa mai conteze', 'self_harm'],
    // a swelling told by its size or as puffiness; creeping or climbing towards the eye or neck; a person "roasting"
    ['fr', "ma joue a doublé de volume et j'ai des frissons", 'facial_swelling_with_fever'],
    ['en', 'my cheek has doubled in size and I have a fever', 'facial_swelling_with_fever'],
    ['en', "the puffiness on his face is getting worse and he's roasting", 'facial_swelling_with_fever'],
    ['en', 'the swelling is creeping up towards my eye', 'spreading_swelling'],
    ['ro', 'obrazul mi s-a umflat si urca spre ochi', 'spreading_swelling'],
    ['es', 'la hinchazón sube hacia el ojo', 'spreading_swelling'],
    ['de', 'die Schwellung zieht bis zum Hals', 'spreading_swelling'],
    // "l'œil": the ligature is "oe"
    ['fr', "la joue est gonflée jusqu'à l'œil", 'spreading_swelling'],
    // a road collision with the mouth or face named
    ['en', 'my wife was rear-ended this morning, her teeth do not meet and her chin is bruised', 'trauma'],
    ['de', 'Auffahrunfall heute, mein Kinn ist geschwollen und ein Zahn wackelt', 'trauma'],
    ['fr', "on m'a tamponné ce matin, ma dent est cassée", 'trauma'],
    ['es', 'me atropelló una moto y tengo un diente roto', 'trauma'],
    ['ro', 'am fost lovit de masina azi, am un dinte rupt', 'trauma'],
    // "hypothetically" reaches its own question; an accident told in a later one is real
    ['en', 'hypothetically, what should you do if a tooth gets knocked out? my son just fell off his bike and his front tooth is out', 'trauma'],
  ] as const)('[%s] %s → %s (holdout-18 concepts)', (language, text, flag) => {
    const result = triage({ text, language });
    expect(result.escalate).toBe(true);
    expect(result.redFlags).toContain(flag);
  });

  it('does not escalate the lookalikes of the holdout-18 concepts', () => {
    for (const [text, language] of [
      // thanks for everything, or a pet handed on, alone
      ['va multumesc pentru tot ce ati facut pentru mine, ne vedem la control', 'ro'],
      ['I gave my dog to my sister while I travel, can I book a cleaning for when I am back?', 'en'],
      // a parent who waits outside; easier for everyone about a day; "no one else to ask" about an implant
      ["it's easier without me in the room, can my husband bring our son?", 'en'],
      ['it would be easier for everyone if we came on Saturday', 'en'],
      ['I did not know who else to ask about my implant, can you help?', 'en'],
      // "it won't matter" about the pain after a treatment, without "soon"; pain hoped to end soon
      ['nu mai suport durerea, dupa extractie nu o sa mai conteze', 'ro'],
      ['ich kann nicht mehr, hoffentlich ist mit den Schmerzen bald Schluss', 'de'],
      // a will written long ago, or "against my will"
      ['I wrote my will last year, now I want implants', 'en'],
      ['they did it against my will, my tooth was pulled', 'en'],
      // heat that is not a person's; travelling; Italian "sale fino" (fine salt)
      ['boiling hot tea hurts my swollen gum', 'en'],
      ["it's roasting hot today and my gum is a bit swollen", 'en'],
      ['my face swelled up while travelling, is it the filler?', 'en'],
      ['la gengiva è gonfia, faccio sciacqui con acqua e sale fino', 'it'],
      // "ran over", "investito" (invested), "tamponner" (to dab) are no collision
      ['my last appointment ran over so I missed the bus, can we reschedule my teeth cleaning?', 'en'],
      ['ho investito da poco nei miei denti, vorrei la pulizia', 'it'],
      ["je tamponne la plaie avec une compresse après l'extraction de la dent", 'fr'],
      // "killed himself laughing"; a supposed accident with a second question about it
      ['he nearly killed himself laughing, his braces are fine', 'en'],
      ['hypothetically, what if my son knocks a tooth out? can someone see him the same day?', 'en'],
    ] as const) {
      expect(triage({ text, language }).escalate, text).toBe(false);
    }
  });

  it.each([
    // a relative's burden talk: others easier or better off without her or him ("ne-ar fi mai ușor fără ea"), with a burden
    ['ro', 'mama zice ca e o povara pt toti si ca ne-ar fi mai usor fara ea', 'self_harm'],
    ['en', "my mum keeps saying she's just a burden and we'd all be better off without her", 'self_harm'],
    ['de', 'mein Vater sagt, er sei nur eine Last, uns ginge es besser ohne ihn', 'self_harm'],
    // … or wanting to die, told in the third person
    ['en', "my husband says he can't take it anymore, he doesn't want to live", 'self_harm'],
    ['ro', 'tata zice ca vrea sa moara', 'self_harm'],
    ['fr', 'ma mère dit qu\'elle ne veut plus vivre', 'self_harm'],
    // packs of a named medicine stored up, the medicine named in another clause
    ['ro', 'cate nurofen-uri ar fi prea mult? am strans vreo trei cutii in sertar', 'self_harm'],
    ['en', "how many paracetamol would be too many? I've been stashing boxes of them", 'self_harm'],
    ['de', 'wie viele Ibuprofen sind zu viel? ich habe schon fünf Packungen gesammelt', 'self_harm'],
    // a burden said without "a" or with whom it weighs on, and the family left paying after one
    ['en', 'I am already too much burden for them, my family will have to pay everything after me', 'self_harm'],
    ['ro', 'sunt doar povara pentru copii, o sa plateasca totul dupa mine', 'self_harm'],
    // German "end it all" ("wie ich das alles beende")
    ['de', 'ich habe mir überlegt, wie ich das alles beende', 'self_harm'],
    ['de', 'ich will einfach mein Leben beenden', 'self_harm'],
    // no longer any wish to be here or to live, as 'do not want to be here anymore'; tired of everything
    ['fr', "je suis fatiguée de tout, j'ai plus envie d'être là", 'self_harm'],
    ['it', 'non ho più voglia di vivere, cancellate il mio appuntamento', 'self_harm'],
    ['es', 'ya no tengo ganas de vivir, cancelen la cita', 'self_harm'],
    // not here much longer, a goodbye said, told of a relative (Hungarian), with "pointless"
    ['hu', 'azt mondja, felesleges, úgysem lesz már itt sokáig, és elbúcsúzott a testvérétől', 'self_harm'],
    // a face grown bigger up to the eye; one eye closed by the swelling in a clause of its own
    ['ro', 'mi s-a mărit fața și acum ochiul parcă s-a închis pe jumătate', 'spreading_swelling'],
    ['ro', 'mi s-a umflat obrazul. ochiul s-a inchis aproape complet', 'spreading_swelling'],
    ['en', 'his cheek got bigger overnight, his eye is swollen shut', 'spreading_swelling'],
    ['de', 'die Backe ist dick geworden, das Auge ist zugeschwollen', 'spreading_swelling'],
    ['it', 'si è ingrossata la guancia fino all\'occhio', 'spreading_swelling'],
    // an allergic reaction: hives with feeling faint, or a named allergy with lips or tongue swelling
    ['en', 'had a filling an hour ago, itchy red bumps all over my arms and I feel a bit woozy', 'allergic_reaction'],
    ['ro', 'dupa anestezie am bube pe tot corpul si ma simt ametit', 'allergic_reaction'],
    ['de', 'nach der Spritze habe ich Quaddeln und mir ist schwindelig', 'allergic_reaction'],
    ['fr', "j'ai des plaques rouges partout et la tête qui tourne, je me sens étourdie", 'allergic_reaction'],
    ['es', 'me salieron ronchas y estoy mareada', 'allergic_reaction'],
    ['en', 'after the injection my lips swelled up, I think it is an allergic reaction', 'allergic_reaction'],
    ['ro', 'mi s-au umflat buzele si limba dupa anestezie, e o reactie alergica?', 'allergic_reaction'],
    // a mouth that opens a finger at most, with fever
    ['en', 'I can barely fit a finger between my teeth and the thermometer said 38.9', 'trismus_with_fever'],
    ['ro', 'abia incape un deget intre dinti si am febra', 'trismus_with_fever'],
    // a heart named next to a bleeding is no figure of speech (anticoagulants), nor is "me di cuenta"
    ['en', "I take warfarin for my heart and the bleeding won't stop", 'uncontrolled_bleeding'],
    ['es', 'me di cuenta de que me sangra mucho la encía desde ayer', 'uncontrolled_bleeding'],
  ] as const)('[%s] %s → %s (holdout-19 concepts)', (language, text, flag) => {
    const result = triage({ text, language });
    expect(result.escalate).toBe(true);
    expect(result.redFlags).toContain(flag);
  });

  it('does not escalate the lookalikes of the holdout-19 concepts', () => {
    for (const [text, language] of [
      // a wallet or a heart that bleeds is a figure of speech
      ['Am fost la altă clinică și portofelul meu încă sângerează 😅 cât costă un implant?', 'ro'],
      ['my wallet is still bleeding after the implants lol, do you do whitening?', 'en'],
      // "easier without it": a denture or a brace, said with "ea"/"el"; a burden that is a denture
      ['proteza e o povara, ar fi mai usor fara ea, cat costa un implant?', 'ro'],
      // money saved up, or packs of a medicine asked about, not stored up
      ['am strans bani pentru implant, iau nurofen cand ma doare', 'ro'],
      ['the pharmacy gave me two boxes of ibuprofen, how many can I take per day after the extraction?', 'en'],
      // ending a treatment; "là-bas", a wait
      ['ich möchte die Behandlung beenden und eine Rechnung bekommen', 'de'],
      ["je n'ai plus envie d'être là-bas à attendre deux heures, vous avez un créneau plus tôt ?", 'fr'],
      // an allergy named without a reaction; dizzy at the sight of blood with an allergy named; a tooth's eruption
      ["I'm allergic to penicillin, can I book a cleaning?", 'en'],
      ["I get dizzy when I see blood and I'm allergic to latex, can I book a cleaning?", 'en'],
      ["l'éruption dentaire de mon fils, la gencive est gonflée et il a des vertiges ?", 'fr'],
      // supposed: "what if I'm allergic, will my lips swell?"
      ['what if I am allergic to the anaesthetic, will my lips swell up?', 'en'],
      // eyes closed on purpose; three fingers between the teeth without a difficulty; "felesleges" alone
      ['I keep my eyes closed during the treatment, my gum is a bit swollen', 'en'],
      ['I can fit three fingers between my teeth, is my bite okay? I had a fever last week', 'en'],
      ['szerintem felesleges a fogkő-eltávolítás, mennyibe kerül?', 'hu'],
      // a goodbye to the clinic when moving away
      ['mă mut definitiv în Canada, vă zic la revedere și mulțumesc pt tot', 'ro'],
    ] as const) {
      expect(triage({ text, language }).escalate, text).toBe(false);
    }
  });

  it.each([
    // calmer, happier without me, as 'better without me'
    ['fr', 'je crois que ma famille serait plus tranquille sans moi', 'self_harm'],
    ['en', 'honestly everyone would be happier without me', 'self_harm'],
    ['it', 'a casa sarebbero tutti più tranquilli senza di me', 'self_harm'],
    // a dose asked to die or not to wake up
    ['en', 'what would be a lethal dose of the painkillers you gave me?', 'self_harm'],
    ['es', '¿cuántas pastillas hacen falta para no despertarse más?', 'self_harm'],
    // cuts on the arms, no accident told
    ['en', 'my daughter has cuts on her wrists and stopped eating, can we move her braces check?', 'self_harm'],
    ['ro', 'fiul meu are taieturi pe brate si nu mai vorbeste cu nimeni', 'self_harm'],
    // hopeless with a "gone" phrase: not around much longer, where he is going, a way out decided, a height checked, the family refunded
    ['ro', 'nu mai are rost nimic, oricum nu cred ca mai raman mult pe aici', 'self_harm'],
    ['en', "he gave away all his things, says where he's going he won't need teeth, there's no point", 'self_harm'],
    ['ro', 'tata si-a dat toate lucrurile si zice ca unde se duce el nu-i trebuie nimic', 'self_harm'],
    ['en', "i'm tired of everything, i've decided how i get out of it", 'self_harm'],
    ['en', "no point fixing my teeth, i've been looking at how high the roof of my building is", 'self_harm'],
    ['de', 'es hat keinen Sinn mehr, ich habe einen Ausweg gefunden', 'self_harm'],
    ['en', "i'm tired of everything. will my family get back the deposit for the implant?", 'self_harm'],
    // trapped, with affairs put in order and a way out decided
    ['fr', 'je me sens dans une pièce sans porte, je veux tout laisser en ordre, j\'ai trouvé une issue', 'self_harm'],
    // a farewell act with feeling empty or numb inside
    ['en', "my sister will be handling my affairs from now on, i've felt empty inside for weeks", 'self_harm'],
    ['ro', 'vreau sa las totul in ordine, ma simt gol pe dinauntru de luni de zile', 'self_harm'],
    ['es', 'ya escribí unas cartas, me siento vacía desde hace meses', 'self_harm'],
    // gauze filled after an extraction
    ['ro', 'dupa extractie am umplut trei tampoane de tifon', 'uncontrolled_bleeding'],
    ['fr', "j'ai déjà rempli quatre compresses depuis l'extraction", 'uncontrolled_bleeding'],
  ] as const)('[%s] %s → %s (holdout-20 concepts)', (language, text, flag) => {
    const result = triage({ text, language });
    expect(result.escalate).toBe(true);
    expect(result.redFlags).toContain(flag);
  });

  it('does not escalate the lookalikes of the holdout-20 concepts', () => {
    for (const [text, language] of [
      // an accident asked about in the conditional mood
      ['just wondering, what would we do if our daughter knocked a tooth out at school? can we book her a cleaning', 'en'],
      ['ce am face daca fiul meu si-ar sparge un dinte la fotbal? vreau o programare pentru control', 'ro'],
      // a parent waiting outside; sedation asked about during surgery
      ['my son is calmer without me in the room, can I wait outside during the filling?', 'en'],
      ['¿cuánta anestesia hace falta para no despertarse durante la cirugía?', 'es'],
      // cuts explained by an accident or an animal (trauma or nothing, not crisis)
      ['he has cuts on his arms from the cat, can he still come for the braces check?', 'en'],
      // a lip numb after the injection, thanked for the day; numb and "no point" without a farewell
      ['my lip is still numb, I feel nothing on the left side, thank you for everything you did for me today', 'en'],
      ['I have been so numb since the injection, no point eating yet, if something happens to me after the surgery who do I call?', 'en'],
      // moving abroad, someone else handling one's things; a dental bridge too high
      ["no point booking the cleaning now, I'm moving abroad, my brother will be handling my stuff from now on", 'en'],
      ['the new bridge feels too high, can you check how high the bridge is?', 'en'],
      // a decision how to proceed; a relative who gave things back; a form filled; a tooth filled
      ['nu mai are rost sa astept, am hotarat cum procedam: scoatem dintele', 'ro'],
      ['mi-a dat colegul lucrurile inapoi, vreau programare joi', 'ro'],
      ['am umplut formularul online, vreau o programare', 'ro'],
      ['i put gauze on it and the tooth was filled last week, no bleeding now', 'en'],
    ] as const) {
      expect(triage({ text, language }).escalate, text).toBe(false);
    }
    expect(triage({ text: 'my son fell off his bike, he has cuts on his arms and his front tooth is chipped', language: 'en' })).toMatchObject({
      crisis: false,
      redFlags: ['trauma'],
    });
    expect(
      triage({ text: 'what would I do if my son knocked a tooth out? he just fell at the park and his tooth is out, are you open?', language: 'en' })
        .redFlags,
    ).toEqual(['trauma']);
  });

  it.each([
    // how many pills would be too many, or dangerous, asked (no stored-up pills told)
    ['en', 'how many sleeping pills would be too many to take at once? just asking lol', 'self_harm'],
    ['de', 'wie viele Schmerztabletten wären auf einmal zu viel? nur so eine Frage', 'self_harm'],
    ['es', '¿cuántas pastillas para el dolor serían demasiadas de golpe?', 'self_harm'],
    ['hu', 'hány fájdalomcsillapító lenne túl sok egyszerre?', 'self_harm'],
    ['ro', 'câte calmante ar fi periculoase luate odată?', 'self_harm'],
    // cuts or scratches on a forearm, a wrist, a thigh, said in other words
    ['en', "I saw scratches on my son's forearm, he keeps wearing long sleeves and won't say what happened", 'self_harm'],
    ['fr', "ma fille a des coupures sur l'avant-bras qu'elle cache, je ne sais pas quoi faire", 'self_harm'],
    ['de', 'mein Sohn hat Schnitte am Unterarm und versteckt sie', 'self_harm'],
    // a new home asked for a pet, with a hopeless phrase; a pet's care told, with a "gone" phrase
    ['en', 'could someone at the clinic adopt my dog? nothing matters anymore anyway', 'self_harm'],
    ['ro', 'cineva de la voi ar putea sa adopte pisica mea? nu mai are rost nimic', 'self_harm'],
    ['ro', 'am aratat vecinei unde e mancarea pisicii, in caz ca nu mai sunt pe aici', 'self_harm'],
    ['fr', "j'ai montré à ma voisine où sont les croquettes du chat, pour quand je ne serai plus là", 'self_harm'],
    // the trouble left to the family "after me", with a hopeless phrase
    ['en', "I want everything paid off so my kids don't have the hassle after me, I'm so tired of everything", 'self_harm'],
    ['ro', 'vreau sa platesc tot acum, sa nu ramana fiul meu cu griji dupa mine. oricum nu mai are rost', 'self_harm'],
    ['de', 'Ich will die Rechnung jetzt zahlen, damit meine Tochter nach mir keinen Papierkram hat. Es hat alles keinen Sinn mehr.', 'self_harm'],
    // not needed any more, said of the thing; the only ones who were kind; whether I'll still be here; not staying long, of a relative
    ['ro', 'nu va mai fi nevoie de proteza, nimeni nu mi-ar simti lipsa', 'self_harm'],
    ['fr', 'les rendez-vous ne seront plus nécessaires, plus rien ne compte', 'self_harm'],
    ['de', 'die Termine werden nicht mehr nötig sein, es hat alles keinen Sinn', 'self_harm'],
    ['en', "you were the only ones who were ever kind to me. I won't be around for the next cleaning", 'self_harm'],
    ['it', 'siete stati gli unici gentili con me, tanto non ci sarò più a Natale', 'self_harm'],
    ['en', "not sure if I'll still be here next week, nothing matters anymore", 'self_harm'],
    ['ro', 'nu stiu daca mai apuc vara, nimic nu mai conteaza', 'self_harm'],
    ['ro', 'bunicul zice ca nu mai sta mult pe aici si ca nu mai are rost sa-si faca proteza', 'self_harm'],
    ['hu', 'Így könnyebb lesz mindenkinek, úgysem leszek itt sokáig', 'self_harm'],
    // hives with the throat tightening or itching; an allergy named with the throat tightening
    ['en', 'since the new antibiotic I have hives all over and my throat feels tight', 'allergic_reaction'],
    ['de', 'Ich habe Quaddeln am ganzen Körper und der Hals schnürt sich zu', 'allergic_reaction'],
    ['fr', "j'ai des plaques rouges partout et la gorge serrée", 'allergic_reaction'],
    ['es', 'me salieron ronchas por todo el cuerpo y me pica la garganta desde el antibiótico', 'allergic_reaction'],
    ['en', 'I have allergies and since the injection my throat feels tight', 'allergic_reaction'],
  ] as const)('[%s] %s → %s (holdout-21 concepts)', (language, text, flag) => {
    const result = triage({ text, language });
    expect(result.escalate).toBe(true);
    expect(result.redFlags).toContain(flag);
  });

  it('does not escalate the lookalikes of the holdout-21 concepts', () => {
    for (const [text, language] of [
      // a daily dose asked; "too many" said of sessions or a price
      ['how much ibuprofen a day is too much? my tooth hurts', 'en'],
      ['cât paracetamol pot lua pe zi, 4 e prea mult?', 'ro'],
      ['how many sessions would be too many for whitening?', 'en'],
      ['wie viel kostet eine Krone? das ist zu viel', 'de'],
      // scratches an animal explains
      ['the cat left scratches all over my arms lol, can I book a cleaning', 'en'],
      // hay fever with an itchy throat; a tight throat from nerves; a rash alone
      ['I have hay fever allergies and my throat is itchy, can I still come for my cleaning?', 'en'],
      ["my throat feels tight when I'm nervous before the dentist, can I get sedation?", 'en'],
      ['I have a rash on my chin from the mask, can I still come for whitening?', 'en'],
      // a pet looked after for a day; rehomed because of a move; pet food bought; a car taken after sedation
      ["can someone look after my dog during the appointment? it's only an hour", 'en'],
      ["no point in me coming in today, my sister can't look after my dog", 'en'],
      ["no point booking now, I'm moving abroad, my neighbour will take in my cat", 'en'],
      ['no point buying expensive cat food lol, can I book a cleaning', 'en'],
      ['nu mai are rost sa astept, sotul sa ia masina mea dupa anestezie, vreau extractia maine', 'ro'],
      ['nu mai suport durerea, am lasat cainele la vecina, ma puteti primi azi?', 'ro'],
      // the patient after me; a crown no longer needed; the only ones open on Sundays; making it on time
      ['nu mai are rost sa astept, pacientul de dupa mine a avut probleme cu parcarea', 'ro'],
      ["the crown won't be needed after all, the filling held up. thanks!", 'en'],
      ["you're the only ones who open on sundays, can I come this sunday?", 'en'],
      ["don't know if I'll make it by 5, the traffic is terrible, so tired of everything today", 'en'],
    ] as const) {
      expect(triage({ text, language }).escalate, text).toBe(false);
    }
    expect(triage({ text: 'my son fell off his bike and has scratches on his arms and a chipped tooth', language: 'en' })).toMatchObject({
      crisis: false,
      redFlags: ['trauma'],
    });
  });

  it.each([
    // blood with the Romanian article; a bleeding had now in a patient on blood thinners
    ['ro', 'sângele de la gingie tot curge de o oră', 'uncontrolled_bleeding'],
    ['ro', 'mamei îi curge sângele din gingie, ia Xarelto', 'uncontrolled_bleeding'],
    ['en', "my dad's gum is bleeding, he takes warfarin for his heart", 'uncontrolled_bleeding'],
    ['de', 'Mein Vater blutet am Zahnfleisch, er nimmt Marcumar', 'uncontrolled_bleeding'],
    ['es', 'a mi madre le sangra la encía, toma Sintrom', 'uncontrolled_bleeding'],
    ['hu', 'apám ínye vérzik, vérhígítót szed', 'uncontrolled_bleeding'],
    // the throat tightening as one swallows, in one clause or a "when" clause next to it
    ['en', 'since the wisdom tooth my throat feels tight when I swallow', 'swallowing_difficulty'],
    ['fr', "depuis la dent de sagesse j'ai la gorge serrée quand j'avale", 'swallowing_difficulty'],
    ['hu', 'a bölcsességfog óta szorul a torkom, amikor nyelek', 'swallowing_difficulty'],
    ['es', 'se me cierra la garganta al tragar desde la extracción', 'swallowing_difficulty'],
    // no light at the end of the tunnel, with an end put to everything
    ['fr', 'je ne vois pas de lumière au bout du tunnel, ce soir je mets fin à tout', 'self_harm'],
    ['it', 'non vedo più la luce in fondo al tunnel, stasera metto fine a tutto', 'self_harm'],
    ['en', "I can't see any light at the end of the tunnel, I won't be around much longer", 'self_harm'],
    // a decision to disappear for good, in its clause or the next
    ['de', 'Ich habe beschlossen, für immer zu verschwinden. Sagen Sie den Termin ab.', 'self_harm'],
    ['es', 'Ya he decidido desaparecer para siempre, no me llamen más', 'self_harm'],
    ['hu', 'Eldöntöttem, hogy örökre eltűnök.', 'self_harm'],
    // a goodbye to everyone in any tense; a farewell note; notes left about with a "gone" phrase
    ['de', 'Mein Vater hat sich gestern von allen verabschiedet und geht nicht ans Telefon', 'self_harm'],
    ['en', 'my brother said goodbye to everyone at dinner and now we cannot reach him', 'self_harm'],
    ['hu', 'A bátyám elbúcsúzott mindenkitől egy hangüzenetben', 'self_harm'],
    ['fr', 'Ma sœur a dit adieu à tout le monde par message et ne répond plus', 'self_harm'],
    ['es', 'mi hija dejó una nota de despedida, no sé qué hacer', 'self_harm'],
    ['en', 'my son left a goodbye note on his desk, he has a check up tomorrow', 'self_harm'],
    ['en', "she keeps leaving notes saying we'd all be better off without her", 'self_harm'],
    // affairs being put in order, with "once I'm gone" (the contraction read as "I am")
    ['en', "I'm getting my affairs in order so my sister gets my records once I'm gone", 'self_harm'],
    ['it', 'Sto sistemando le mie cose, date la cartella a mia figlia quando non ci sarò più', 'self_harm'],
    // done or tired of fighting; not long left to live
    ['es', 'Estoy cansada de luchar, ya no estaré para la próxima cita', 'self_harm'],
    ['ro', 'nu mai am mult de trăit și sunt obosit să mai lupt', 'self_harm'],
    // not wanting to be a burden to anyone, with everything ended or closed
    ['en', "I don't want to be a burden to anyone anymore, tonight I'll put an end to everything", 'self_harm'],
    ['it', 'Non voglio più essere un peso per nessuno, stasera metto fine a tutto', 'self_harm'],
    ['hu', 'Senkinek sem akarok teher lenni, ma mindent lezárok', 'self_harm'],
    // nothing more booked in one's name, with letters written to one's children
    ['de', 'Bitte nichts mehr auf meinen Namen buchen. Ich habe schon Briefe an meine Kinder geschrieben.', 'self_harm'],
    ['ro', 'Nu mai programați nimic pe numele meu, am scris deja scrisorile pentru familie', 'self_harm'],
  ] as const)('[%s] %s → %s (holdout-22 concepts)', (language, text, flag) => {
    const result = triage({ text, language });
    expect(result.escalate).toBe(true);
    expect(result.redFlags).toContain(flag);
  });

  it('does not escalate the lookalikes of the holdout-22 concepts', () => {
    for (const [text, language] of [
      // blood thinners with a bleeding slight, stopped, asked about or none
      ["I'm on xarelto and my gums bleed a little when I brush, is that ok?", 'en'],
      ["I'm on warfarin, is a cleaning safe?", 'en'],
      ['iau sintrom, pot face detartraj? sângerează gingiile?', 'ro'],
      ['ieri mi-a sângerat puțin gingia, dar s-a oprit, iau trombostop', 'ro'],
      // a tight throat asked about, or from nerves
      ['does the throat feel tight when you swallow after sedation?', 'en'],
      ["my throat is tight when I'm nervous, can I get sedation?", 'en'],
      // an old blow, dated with "yrs ago"
      ['took a hit to the face 5 yrs ago playing rugby, the tooth is grey now, can it be whitened?', 'en'],
      // an end put to a treatment, stains or a gap to disappear, a decision about the old dentist
      ["I've decided to put an end to my braces treatment, can you remove them next week?", 'en'],
      ["J'ai décidé de mettre un point final à mon traitement orthodontique", 'fr'],
      ['He decidido que las manchas tienen que desaparecer para siempre, ¿cuánto cuesta el blanqueamiento?', 'es'],
      ['Ich habe mich entschieden: die Lücke soll für immer verschwinden, was kostet ein Implantat?', 'de'],
      // "no point" waiting, with an end put to "it" or nothing more in one's name
      ["no point waiting for the insurance, I've decided to put an end to it and pay myself", 'en'],
      ['nincs értelme várni, mindent lezárok a régi fogorvosnál és átjövök önökhöz', 'hu'],
      ["there's no point, nothing more in my name please, my husband will book for both of us", 'en'],
      // the light at the end of the tunnel seen; fighting the insurance; a burden for a lift home
      ['finally I can see the light at the end of the tunnel with my aligners, thanks!', 'en'],
      ['Por fin veo la luz al final del túnel con la ortodoncia', 'es'],
      ["I'm done fighting with my insurance, can I just pay for the crown myself?", 'en'],
      ["I don't want to be a burden to anyone, can someone drive me home after sedation?", 'en'],
      ['Nem akarok senkinek teher lenni, valaki el tud vinni a foghúzás után?', 'hu'],
      // a goodbye to everyone at the clinic, or explained by a move; farewell acts explained by a move
      ["I'm moving abroad next month, I want to say goodbye to everyone at the clinic", 'en'],
      ["Hi, I want to say goodbye to everyone at the clinic, I'm retiring, thank you!", 'en'],
      ['Ne mutăm în Canada, ne luăm rămas bun de la toți, mulțumim pentru tot', 'ro'],
      ["I'm sorting out my affairs before the move abroad, thank you for everything you have done for me", 'en'],
      ['my son leaves notes on the fridge about his braces appointment', 'en'],
    ] as const) {
      expect(triage({ text, language }).escalate, text).toBe(false);
    }
    // a wallet drained by bills is no bleeding: nothing for the doctor on call
    expect(triage({ text: 'these vet bills have bled me dry, how much is a crown?', language: 'en' }).routing).toBe('coordinator');
  });

  it.each([
    // an allergic reaction: itching all over with the voice or throat tight, or the lips said to be enormous
    ['en', 'Since the anaesthetic my whole body is itching all over and my voice has gone hoarse and tight', 'allergic_reaction'],
    ['ro', 'După injecție mă mănâncă peste tot și buzele sunt enorme', 'allergic_reaction'],
    ['de', 'Seit der Spritze juckt es am ganzen Körper und meine Stimme ist ganz eng', 'allergic_reaction'],
    // never to wake up again, said with "never" between
    ['fr', 'Ce soir je voudrais juste ne jamais me réveiller', 'self_harm'],
    ['it', 'vorrei addormentarmi e non svegliarmi mai più', 'self_harm'],
    // better without me, said in the future
    ['hu', 'Nincs értelme, a családom jobban lesz nélkülem', 'self_harm'],
    // tired of carrying on, with no need to worry about one any more
    ['en', "I'm tired of holding on, soon you won't have to worry about me anymore", 'self_harm'],
    ['es', 'Estoy cansada de cargar con todo, ya no tendrán que preocuparse por mí', 'self_harm'],
    // an exit planned, with hopelessness
    ['en', "what's the point of a crown, I'm planning my exit anyway", 'self_harm'],
    // needing nothing any more, with nothing mattering
    ['it', 'Non ho più bisogno di niente, ormai non conta più niente', 'self_harm'],
    // papers sorted so the family has no trouble after one
    ['en', 'Please send me my records, I want my kids to have no paperwork to deal with after me', 'self_harm'],
    ['de', 'Schicken Sie mir die Röntgenbilder, damit meine Liebsten nach mir keinen Papierkram haben', 'self_harm'],
    // jumping from a height thought of
    ['en', 'I keep standing on the roof of my building thinking I could just jump off', 'self_harm'],
    ['ro', 'Stau pe balcon și mă gândesc să sar în gol', 'self_harm'],
    ['es', 'Paso cada día por el puente y pienso en tirarme', 'self_harm'],
  ] as const)('[%s] %s → %s (holdout-23 concepts)', (language, text, flag) => {
    const result = triage({ text, language });
    expect(result.escalate).toBe(true);
    expect(result.redFlags.length > 0 || result.crisis).toBe(true);
    if (flag === 'self_harm') expect(result.crisis).toBe(true);
    else expect(result.redFlags).toContain(flag);
  });

  it('does not escalate the lookalikes of the holdout-23 concepts', () => {
    for (const [text, language] of [
      // itching or hoarseness without the other sign; lips big after a filler
      ["I'm itchy all over after the new soap, can I still come for my cleaning?", 'en'],
      ['My voice is hoarse from a cold, can I still come on Friday?', 'en'],
      ['After the filler my lips feel enormous, is that normal?', 'en'],
      ["I'd like my lips to look huge, how much is lip filler?", 'en'],
      // a crown or bridge that popped off
      ['My bridge popped off yesterday, can I come in Tuesday?', 'en'],
      ['Le pont a sauté ce matin, vous pouvez me prendre ?', 'fr'],
      // jumping told as an accident; jumping out of the chair from fear
      ['Mein Sohn ist gestern vom Balkon gesprungen und hat sich den Zahn abgebrochen', 'de'],
      ['Ho paura di saltare giù dalla poltrona quando sento il trapano, avete la sedazione?', 'it'],
      // tired of waiting or of the costs; worry and needs said without despair
      ['Am obosit să tot aștept la telefon, pot face o programare pentru marți?', 'ro'],
      ["I'm tired of carrying the costs alone, can I pay the implants in instalments?", 'en'],
      ["No need to worry about me, I'm fine, see you Thursday!", 'en'],
      ['Mulțumesc, nu mai am nevoie de nimic, ne vedem la control.', 'ro'],
      ['Donez hainele vechi la biserică, aveți program sâmbătă?', 'ro'],
      // "after me" said of a turn
      ['My husband has his appointment right after me, hope he has no trouble parking', 'en'],
    ] as const) {
      expect(triage({ text, language }).escalate, text).toBe(false);
    }
  });

  it('a symptom after "can\'t take / stand / bear" is there and too much, not negated', () => {
    for (const [text, language] of [
      ["I can't take this toothache anymore", 'en'],
      ["I can't stand this pain any longer", 'en'],
      ['nu mai suport durerea de masea', 'ro'],
      ['nu mai rezist, durerea e groaznica', 'ro'],
      ['ich kann nicht mehr vor Schmerzen', 'de'],
      ['je ne supporte plus la douleur', 'fr'],
      ['non sopporto più il mal di denti', 'it'],
      ['no aguanto el dolor de muelas', 'es'],
      ['nem bírom a fájdalmat', 'hu'],
    ] as const) {
      expect(triage({ text, language }), text).toMatchObject({ routing: 'doctor_on_call', urgency: 'high' });
    }
    // a plain negation still negates
    expect(triage({ text: "I don't have any pain, just want a cleaning", language: 'en' }).routing).toBe('coordinator');
    expect(triage({ text: 'nu am dureri, vreau doar un detartraj', language: 'ro' }).routing).toBe('coordinator');
    expect(triage({ text: 'keine Schmerzen, ich kann nicht mehr lange warten', language: 'de' }).routing).toBe('coordinator');
  });

  it('asking whether a treatment hurts is not pain; pain told with the question is', () => {
    expect(triage({ text: 'Mich würde interessieren, wie lange das hält und ob es sehr weh tut.', language: 'de' }).routing).toBe('coordinator');
    expect(triage({ text: "I'd like to know if it hurts, the implant procedure", language: 'en' }).routing).toBe('coordinator');
    expect(triage({ text: 'vreau sa stiu daca doare extractia', language: 'ro' }).routing).toBe('coordinator');
    expect(triage({ text: 'je voudrais savoir si ça fait mal, le blanchiment', language: 'fr' }).routing).toBe('coordinator');
    expect(triage({ text: 'my tooth hurts when I chew, I wonder whether it is the filling', language: 'en' }).routing).toBe('doctor_on_call');
    expect(triage({ text: 'ma doare maseaua si vreau sa stiu daca doare normal', language: 'ro' }).routing).toBe('doctor_on_call');
  });

  it('"is killing me" said of a price or a habit is not pain; said of a tooth it is', () => {
    expect(triage({ text: 'my coffee habit is killing me, do you do whitening?', language: 'en' }).routing).toBe('coordinator');
    expect(triage({ text: 'prețurile voastre mă omoară, aveți rate?', language: 'ro' }).routing).toBe('coordinator');
    expect(triage({ text: 'this tooth is killing me how much does it cost to pull it', language: 'en' }).routing).toBe('doctor_on_call');
    expect(triage({ text: 'these prices are killing me and my tooth hurts', language: 'en' }).routing).toBe('doctor_on_call');
  });

  it('pain supposed with "if … for example" is not pain now; "is it all fine now?" does not clear a symptom', () => {
    expect(triage({ text: 'daca mi se rupe un dinte in concediu, de exemplu ma doare tare, ce fac?', language: 'ro' }).routing).toBe('coordinator');
    expect(triage({ text: 'last month I had pain, is it all fine now?', language: 'en' }).routing).toBe('doctor_on_call');
  });

  it('an accident supposed with "if … ever" is not an emergency; one told inside an "if" clause is', () => {
    expect(triage({ text: 'if my daughter ever falls and chips a tooth, do you see children the same day?', language: 'en' }).escalate).toBe(false);
    expect(triage({ text: 'if he fell on his face yesterday and his tooth is loose now, is it urgent?', language: 'en' }).redFlags).toContain('trauma');
    expect(triage({ text: 'my son fell off his bike, if his tooth is loose what do I do?', language: 'en' }).redFlags).toContain('trauma');
  });

  it('an accident written with "just so I know" / "for future reference" is still an emergency (only "nothing has happened" clears it)', () => {
    for (const [text, language] of [
      ['my son fell off his scooter and knocked out his front tooth, just so I know are you open today?', 'en'],
      ['a cazut copilul si si-a spart dintele din fata, intreb asa ca sa stiu daca aveti program azi', 'ro'],
      ['mein Sohn ist gestürzt und hat sich einen Zahn ausgeschlagen, nur damit ich es weiß: haben Sie heute offen?', 'de'],
    ] as const) {
      expect(triage({ text, language }).redFlags, text).toContain('trauma');
    }
    expect(triage({ text: 'nothing has happened, just asking: what if my son knocks out a tooth?', language: 'en' }).escalate).toBe(false);
  });

  it('an accident told as history is not an emergency; the same accident today is', () => {
    for (const [text, language] of [
      ['Ich hatte letztes Jahr einen Unfall, jetzt möchte ich Implantate, was kostet das?', 'de'],
      ['am avut un accident acum doi ani si mi-am pierdut doi dinti, vreau implant', 'ro'],
      ['I lost two teeth in a car crash years ago, how much are implants?', 'en'],
    ] as const) {
      expect(triage({ text, language }).escalate, text).toBe(false);
    }
    expect(triage({ text: 'I lost two teeth in a car crash this morning', language: 'en' }).redFlags).toEqual(['trauma']);
  });

  it('swallowing that only hurts, without a swelling, is pain for the doctor on call', () => {
    expect(triage({ text: 'my throat hurts when I swallow since the cleaning', language: 'en' })).toMatchObject({ escalate: false });
  });

  it('an accidental injury is trauma, not crisis', () => {
    const result = triage({ text: 'I hurt myself playing football and fell on my face, two teeth are loose', language: 'en' });
    expect(result).toMatchObject({ routing: 'emergency_advice', crisis: false });
    expect(result.redFlags).toEqual(['trauma']);
  });

  it('routes everything else to a coordinator', () => {
    expect(triage({ text: 'Cât costă un implant?', language: 'ro' })).toMatchObject({ urgency: 'low', routing: 'coordinator' });
  });

  it('falls back to English for other or unknown languages', () => {
    expect(triage({ text: 'I want to kill myself', language: 'pt' }).safetyReply).toBe(CRISIS_SUPPORT_REPLIES.en);
    expect(triage({ text: 'broken jaw after an accident', language: 'unknown' }).safetyReply).toBe(EMERGENCY_ADVICE_REPLIES.en);
  });
});
