import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateScoring, parseLabelledMessages } from './eval/evaluate-scoring.ts';
import { scoreWithRules } from './rule-scorer.ts';

const classOf = (text: string, history?: string[]) => scoreWithRules({ text, history }).classification;

describe('scoreWithRules — classes as the coordinators use them', () => {
  it('HOT: price about a procedure plus a timeline (the issue example)', () => {
    const lead = scoreWithRules({ text: 'Bună ziua, cât costă un implant? Aș vrea să vin luna asta' });
    expect(lead).toMatchObject({ classification: 'HOT', score: 5, method: 'rules', budgetMentioned: true });
    expect(lead.procedureInterest).toEqual(['implants']);
    expect(lead.reasoning).toMatch(/price/);
    expect(lead.reasoning).toMatch(/timeline/);
    expect(lead.suggestedAction).not.toBe('');
  });

  it('HOT: appointment request, financing about a procedure, pain needing care', () => {
    expect(classOf('Can I book an appointment for a cleaning next Tuesday?')).toBe('HOT');
    expect(classOf('aveti posibilitate de plata in rate pentru all on 4?')).toBe('HOT');
    const pain = scoreWithRules({ text: 'ma doare maseaua de 3 zile, pot veni maine?' });
    expect(pain).toMatchObject({ classification: 'HOT', urgency: 'high' });
  });

  it('WARM: interest in a procedure, asking for information, no buying signal', () => {
    const lead = scoreWithRules({ text: 'Buna ziua, faceti implanturi?' });
    expect(lead).toMatchObject({ classification: 'WARM', score: 3, budgetMentioned: false, urgency: 'low' });
    expect(classOf('What is the difference between veneers and crowns?')).toBe('WARM');
    expect(classOf('Cât costă?')).toBe('WARM'); // price, but about nothing named yet
  });

  it('COLD: greetings, address, hours, "saw your ad", undecided', () => {
    for (const text of ['Bună ziua', 'What are your opening hours?', 'Saw your ad on Instagram', 'Multumesc, ma mai gandesc si revin']) {
      expect(scoreWithRules({ text })).toMatchObject({ classification: 'COLD', score: 2 });
    }
  });

  it('UNQUALIFIED: not interested, opted out, wrong number, spam, job seekers', () => {
    for (const text of [
      'Not interested, please remove my number',
      'STOP',
      'Wrong number sorry',
      'Ai castigat un iPhone! Apasa aici: bit.ly/xyz',
      'Bună ziua, aș dori să trimit CV-ul pentru un post de asistentă',
      'We offer SEO and Google Ads services for dental practices, can we schedule a call?',
      "don't text me again",
      'keine Werbung mehr bitte',
      'non mi scrivete più',
      'Köszönöm, nem kérem',
    ]) {
      expect(scoreWithRules({ text })).toMatchObject({ classification: 'UNQUALIFIED', score: 1 });
    }
  });

  it('reads Romanian "să termin" as "to finish", not as the German Termin', () => {
    expect(scoreWithRules({ text: 'ma gandesc sa termin cu tot', language: 'ro' })).toMatchObject({ classification: 'UNQUALIFIED', urgency: 'emergency' });
    expect(scoreWithRules({ text: 'vreau sa termin tratamentul', language: 'ro' }).reasoning).not.toMatch(/termin/);
    expect(scoreWithRules({ text: 'Ich möchte einen Termin', language: 'de' })).toMatchObject({ classification: 'HOT' });
  });

  it('UNQUALIFIED with emergency urgency for crisis messages: triage, not sales', () => {
    const lead = scoreWithRules({ text: 'nu mai vreau sa traiesc, nu mai suport nimic' });
    expect(lead).toMatchObject({ classification: 'UNQUALIFIED', urgency: 'emergency' });
    expect(lead.suggestedAction).toMatch(/Do not contact for sales/);
  });

  it('HOT with emergency urgency for medical red flags', () => {
    const lead = scoreWithRules({ text: 'Am fata umflata si febra de ieri' });
    expect(lead).toMatchObject({ classification: 'HOT', score: 5, urgency: 'emergency' });
  });
});

describe('scoreWithRules — matching', () => {
  it('handles negation in several languages', () => {
    expect(classOf('nu vreau implant')).toBe('UNQUALIFIED');
    expect(classOf('not interested in implants')).toBe('UNQUALIFIED');
    expect(classOf('Kein Interesse')).toBe('UNQUALIFIED');
    expect(classOf('no me interesa')).toBe('UNQUALIFIED');
    expect(classOf('non mi interessa')).toBe('UNQUALIFIED');
    expect(classOf('nem érdekel')).toBe('UNQUALIFIED');
    expect(classOf('nu ma mai doare')).toBe('COLD'); // negated pain is not pain
  });

  it('keeps the affirmed part of a message with a negated part', () => {
    const lead = scoreWithRules({ text: 'Nu sunt interesat de implant, dar cat costa albirea?' });
    expect(lead.classification).toBe('HOT');
    expect(lead.procedureInterest).toEqual(['whitening']);
    expect(scoreWithRules({ text: 'nu vreau implant, vreau fatete' }).procedureInterest).toEqual(['veneers']);
  });

  it('matches whole words only', () => {
    expect(scoreWithRules({ text: 'The pirate ship sailed', language: 'ro' }).budgetMentioned).toBe(false);
    expect(scoreWithRules({ text: 'aveti plata in rate?', language: 'ro' }).budgetMentioned).toBe(true);
    // prefix terms match from the start of a word only: no implants inside "transplant"
    expect(scoreWithRules({ text: 'crowns of flowers and a hair transplant' }).procedureInterest).toEqual(['crowns']);
  });

  it('treats text without diacritics like text with them', () => {
    const withMarks = scoreWithRules({ text: 'Cât costă fațetele? Aș vrea să vin mâine' });
    const without = scoreWithRules({ text: 'Cat costa fatetele? As vrea sa vin maine' });
    expect(without).toMatchObject({ classification: withMarks.classification, score: withMarks.score });
    expect(without.procedureInterest).toEqual(['veneers']);
  });

  it('reads an erasure request as an opt-out', () => {
    expect(classOf('va rog sa ma stergeti din baza de date')).toBe('UNQUALIFIED');
    expect(classOf('Please delete my data')).toBe('UNQUALIFIED');
    expect(classOf('Bitte löschen Sie meine Nummer')).toBe('UNQUALIFIED');
  });

  it('does not take "how much time" for a price question', () => {
    expect(classOf('mennyi idő alatt készül el egy korona?')).toBe('WARM');
    expect(classOf('how much time does a crown take?')).toBe('WARM');
    expect(classOf('how much is a crown?')).toBe('HOT');
  });

  it('counts teeth, the smile and sedation as dental interest', () => {
    expect(classOf('Do you offer sedation? thinking about getting my teeth sorted')).toBe('WARM');
    expect(classOf("I'd love to get my smile fixed")).toBe('WARM');
    expect(classOf('cat costa sa imi refac dintii?')).toBe('HOT');
  });

  it('does not take a question about pain for pain', () => {
    expect(classOf('Doare implantul?')).toBe('WARM');
  });
});

describe('scoreWithRules — what a message supposes, browses or recovers from', () => {
  it('a negation right after "if" supposes, it does not refuse', () => {
    expect(classOf("my wife says if I don't book a cleaning she'll kill me, can I come Saturday?")).toBe('HOT');
    expect(classOf('se non prenoto la pulizia mia moglie mi uccide, avete posto sabato?')).toBe('HOT');
    expect(classOf("I don't want a cleaning, thanks")).toBe('UNQUALIFIED'); // a refusal without "if"
  });

  it('appointments asked about in advance ("hypothetically", "nothing has happened") are not a booking', () => {
    expect(classOf('Hypothetically, if my son ever knocks a tooth out, do you do emergency appointments?')).toBe('WARM');
    expect(classOf("nothing's happened, but do you do emergency appointments for kids' teeth?")).toBe('WARM');
    expect(classOf('can I book an emergency appointment for my son tomorrow?')).toBe('HOT');
    expect(classOf('Nur zur Sicherheit: kann ich morgen einen Termin für eine Kontrolle haben?')).toBe('HOT'); // "to be safe" still books
  });

  it('"just curious", "no rush": a price question is for information', () => {
    expect(classOf('solo por curiosidad, ¿cuánto cuesta un blanqueamiento? no tengo prisa')).toBe('WARM');
    expect(classOf('nur aus Neugier, was kostet ein Implantat? Es eilt nicht')).toBe('WARM');
    expect(classOf('mennyibe kerül egy fogfehérítés? nem sürgős')).toBe('WARM'); // "not urgent" is no timeline
    expect(classOf('how much is whitening? no rush but can I book for next month?')).toBe('HOT');
    expect(classOf('how much is whitening?')).toBe('HOT');
  });

  it('a slight or easing swelling after a treatment, without fever or pain, is a question, not an acute need', () => {
    expect(classOf('had my wisdom teeth out on Monday, cheek a bit swollen today, is that normal?')).toBe('WARM');
    expect(classOf('Nach der Weisheitszahn-OP ist die Backe noch leicht geschwollen, kein Fieber. Ist das okay?')).toBe('WARM');
    expect(classOf("mi hanno messo un impianto, la guancia è un po' gonfia ma sta calando, niente febbre")).toBe('WARM');
    // no treatment done, pain, or a wish to come in: still HOT
    expect(classOf('my gum is a bit puffy around the wisdom tooth, no fever, just annoying')).toBe('HOT');
    expect(classOf('un pic umflat dupa extractie si ma doare')).toBe('HOT');
    expect(classOf('had my wisdom teeth out on Monday, cheek a bit swollen today, can I come in tomorrow?')).toBe('HOT');
    // with fever it is a red flag
    expect(scoreWithRules({ text: 'after the extraction my cheek is a bit swollen and I have 38.5' }).urgency).toBe('emergency');
  });
});

describe('scoreWithRules — holdout-13 concepts', () => {
  it('a swelling that has gone down after a treatment, or symptoms that "all passed", are history', () => {
    expect(classOf('tuve la cara hinchada tras la endodoncia pero ya se ha deshinchado, ¿hace falta revisión?')).toBe('WARM');
    expect(classOf('il mese scorso avevo la febbre e mal di denti, ma è passato tutto. fate visite di controllo?')).toBe('WARM');
    // still swollen, or asked whether it passed: acute
    expect(classOf('tuve la cara hinchada tras la endodoncia y sigue hinchada')).toBe('HOT');
    expect(classOf('last month I had pain, is it all fine now?')).toBe('HOT');
  });

  it('job seekers asking for a position or whether the clinic is hiring', () => {
    expect(classOf('Ich suche eine neue Stelle als Zahnarzthelferin')).toBe('UNQUALIFIED');
    expect(classOf('Bonjour, je suis assistante dentaire et je cherche un poste de remplacement, vous recrutez ?')).toBe('UNQUALIFIED');
    // "Stelle" as a spot in the mouth
    expect(classOf('an welcher Stelle ist der Zahn? ich habe Schmerzen')).toBe('HOT');
  });

  it('an emergency line asked about "just so I know" is logistics, not an urgent timeline', () => {
    expect(classOf('do you have an emergency number for weekends? just so I know')).toBe('COLD');
    expect(classOf('¿tenéis teléfono de urgencias?')).toBe('COLD');
    expect(classOf('I need an urgent appointment, my crown came off')).toBe('HOT');
    // asked only to know: the days named are no timeline
    expect(classOf('if my tooth breaks at the weekend, can someone see me? just so I know, we travel on Friday')).toBe('WARM');
    expect(classOf('if my tooth breaks at the weekend, can someone see me? we travel on Friday')).toBe('HOT');
  });

  it('a farewell message that cancels an appointment is crisis, not a booking', () => {
    const lead = scoreWithRules({ text: 'am lasat si pisica la fratele meu, anulati programarea, nu o sa mai am nevoie de ea' });
    expect(lead).toMatchObject({ classification: 'UNQUALIFIED', urgency: 'emergency' });
  });
});

describe('scoreWithRules — holdout-14 concepts', () => {
  it('a booking verb after "can you", and "săpt." written short', () => {
    expect(classOf('ma puteti programa pt un detartraj sapt viitoare?')).toBe('HOT');
    expect(classOf('m-ati putea programa la control saptamana urmatoare?')).toBe('HOT');
    // "programa" as a schedule asked about, without a booking verb
    expect(classOf('care e programul vostru?')).toBe('COLD');
  });

  it('"much better now" after a treatment, without fever, is a recovery question', () => {
    expect(classOf('obrazul mi s-a umflat dupa extractie luni dar azi e mult mai bine, n-am febra. e ok sa fac gargara?')).toBe('WARM');
    expect(classOf('cheek swelled after the extraction on Monday but it is much better today, no fever. can I rinse?')).toBe('WARM');
    // still swollen with pain: acute
    expect(classOf('obrazul mi s-a umflat dupa extractie si ma doare tare azi')).toBe('HOT');
  });

  it('"acum 10 ani" (ten years ago) is no timeline; an aesthetic question about an old chip is interest', () => {
    expect(classOf('Am căzut acum vreo 10 ani și am un incisiv ciobit. Se poate face ceva estetic? Nu mă grăbesc')).toBe('WARM');
    expect(classOf('am un dinte ciobit, se poate rezolva estetic acum?')).toBe('HOT');
  });

  it('a first-aid question asked in advance about anyone\'s tooth is not treatment interest; about one\'s own child it is', () => {
    expect(classOf('what should you do if a tooth gets knocked out? hypothetically, my boys play rugby')).toBe('COLD');
    expect(classOf('ce faceti daca un copil isi scoate un dinte? intreb doar ca sa stiu')).toBe('COLD');
    expect(classOf('if my son ever knocks a tooth out, what should we do? nothing has happened')).toBe('WARM');
    expect(classOf('daca baiatul isi scoate un dinte, ce facem? intreb doar ca sa stiu')).toBe('WARM');
  });

  it('custom mouthguards and bite splints are a dental service; "every weekend" is a habit, not a timeline', () => {
    expect(classOf('do you do custom mouthguards for rugby? my lad plays every weekend')).toBe('WARM');
    expect(classOf('Machen Sie Aufbissschienen? Was kostet sowas?')).toBe('HOT');
    expect(classOf('can I book a cleaning this weekend?')).toBe('HOT');
  });

  it('stored-up pills and a farewell with thanks are crisis, not sales', () => {
    const lead = scoreWithRules({ text: 'am adunat pastilele de somn ale mamei asa ca nu cred ca mai am nevoie de albire' });
    expect(lead).toMatchObject({ classification: 'UNQUALIFIED', urgency: 'emergency' });
    expect(classOf("please cancel my implant consult. I've sorted out my things. This'll be my last message")).toBe('UNQUALIFIED');
  });
});

describe('scoreWithRules — conversation history', () => {
  it('a price question after an implant message is HOT', () => {
    expect(classOf('Cat costa?')).toBe('WARM');
    const lead = scoreWithRules({ text: 'Cat costa?', history: ['Buna, ma intereseaza un implant'] });
    expect(lead.classification).toBe('HOT');
    expect(lead.procedureInterest).toEqual(['implants']);
    expect(lead.reasoning).toMatch(/earlier messages/);
  });

  it('a later refusal wins over earlier interest', () => {
    expect(classOf('nu mai vreau implant, multumesc', ['Cat costa un implant?'])).toBe('UNQUALIFIED');
    expect(classOf('Not interested anymore', ['How much are veneers?'])).toBe('UNQUALIFIED');
  });

  it('hesitating now drops earlier buying signals but keeps the interest', () => {
    expect(classOf('Multumesc, ma mai gandesc', ['Cat costa un implant?'])).toBe('WARM');
  });

  it('a plain thank-you keeps a HOT conversation HOT', () => {
    expect(classOf('Multumesc!', ['Vreau o programare pentru albire saptamana viitoare'])).toBe('HOT');
  });
});

describe('labelled sets (regression guard)', () => {
  const load = (name: string) => {
    const parsed = parseLabelledMessages(JSON.parse(readFileSync(new URL(`./eval/${name}`, import.meta.url), 'utf8')));
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.messages;
  };

  it('the main set has the promised size and mix', () => {
    const messages = load('labelled-messages.json');
    const count = (pick: (m: (typeof messages)[number]) => boolean) => messages.filter(pick).length;
    expect(messages.length).toBeGreaterThanOrEqual(80);
    expect(count((m) => m.lang === 'ro')).toBeGreaterThanOrEqual(35);
    expect(count((m) => m.lang === 'en')).toBeGreaterThanOrEqual(30);
    for (const lang of ['de', 'fr', 'it', 'es', 'hu']) expect(count((m) => m.lang === lang)).toBeGreaterThanOrEqual(2);
    for (const cls of ['HOT', 'WARM', 'COLD', 'UNQUALIFIED'] as const) expect(count((m) => m.class === cls)).toBeGreaterThanOrEqual(15);
    expect(count((m) => m.redFlag)).toBeGreaterThanOrEqual(8);
  });

  it.each(['labelled-messages.json', 'extra-messages.json', 'blind-messages.json'])('%s: exact ≥ 85%% and every red flag escalated', (name) => {
    const result = evaluateScoring(load(name));
    expect(result.correct / result.total).toBeGreaterThanOrEqual(0.85);
    expect(result.redFlags.missed).toEqual([]);
    expect(result.redFlags.escalated).toBe(result.redFlags.total);
  });
});

describe('scoreWithRules — holdout-15 concepts', () => {
  it('a slight or stopped bleeding after a treatment is a recovery question; the day it bled is no timeline', () => {
    expect(classOf('I went in for the extraction yesterday, it bled a little and then stopped. can I drink coffee today?')).toBe('WARM');
    expect(classOf('am fost la detartraj ieri, a sangerat putin si s-a oprit. pot manca picant azi?')).toBe('WARM');
    expect(classOf('my gums bled a bit when I brushed this morning, is it serious?')).toBe('WARM');
    // still bleeding, or asking to come today: HOT
    expect(classOf('I went in for the extraction yesterday and it still bleeds, can I come today?')).toBe('HOT');
    expect(classOf('my gums bled a bit this morning, can you see me today?')).toBe('HOT');
  });

  it('unsure whether to come is not a booking request', () => {
    expect(classOf('ma intreb daca sa vin pentru gingii')).toBe('WARM');
    expect(classOf('I wonder whether I should come in for my gums')).toBe('WARM');
    expect(classOf('pot sa vin maine pentru gingii?')).toBe('HOT');
  });

  it('Romanian "preventiv" (as a precaution) is not an Italian "preventivo" (a quote)', () => {
    expect(classOf('vorrei un preventivo per gli impianti')).toBe('HOT');
    expect(classOf('intreb preventiv: aveti numar de urgenta?')).toBe('COLD');
  });
});

describe('scoreWithRules — holdout-16 concepts', () => {
  it('an appointment asked in an "if … ever" clause is a question about the clinic, not a booking', () => {
    expect(classOf('if my son ever chips a tooth playing football, could you see him the same day?')).toBe('WARM');
    expect(classOf('dacă vreodată mi se rupe un dinte, mă puteți programa în aceeași zi?')).toBe('WARM');
    // "if" without "ever", or a plain request: a booking
    expect(classOf('if you have a slot, can you see me today for my tooth?')).toBe('HOT');
    expect(classOf('my son chipped a tooth, could you see him today?')).toBe('HOT');
  });
});

describe('scoreWithRules — holdout-17 concepts', () => {
  it('the days and anyone\'s tooth named in an "if … ever" clause are supposed, not a timeline or treatment interest', () => {
    expect(classOf('if I ever had an emergency at the weekend, is there a dentist on call? we are going camping')).toBe('COLD');
    expect(classOf('dacă vreodată se rupe un dinte sâmbătă, aveți medic de gardă?')).toBe('COLD');
    // one's own child's tooth is still interest; a weekend asked for now is a timeline
    expect(classOf('if my son ever chips a tooth at the weekend, could you see him?')).toBe('WARM');
    expect(classOf('my tooth broke, can someone see me this weekend?')).toBe('HOT');
  });

  it('another business asked for ("aren\'t you the garage?") is a wrong number; a garage as a landmark is not', () => {
    expect(classOf('Nu sunteți vulcanizarea? Am nevoie de cauciucuri')).toBe('UNQUALIFIED');
    expect(classOf('is this the taxi company? I need a cab at 5')).toBe('UNQUALIFIED');
    expect(classOf('Sind Sie nicht die Autowerkstatt?')).toBe('UNQUALIFIED');
    expect(classOf('is this the clinic next to the garage? I need a cleaning next week')).toBe('HOT');
  });

  it('a number dialled by mistake ("me equivoqué de número", "ich habe mich verwählt") is a wrong number; a number named otherwise is not', () => {
    expect(classOf('Hola, creo que me equivoqué de número, perdón')).toBe('UNQUALIFIED');
    expect(classOf('Entschuldigung, ich habe mich verwählt')).toBe('UNQUALIFIED');
    expect(classOf('pardon, je me suis trompée de numéro')).toBe('UNQUALIFIED');
    expect(classOf('ho sbagliato il giorno, posso spostare la pulizia a giovedì?')).toBe('HOT');
  });

  it('crisis told around a booking (cancelled, "not here much longer", "calmer without me") is UNQUALIFIED with emergency urgency', () => {
    for (const text of [
      'vreau sa anulez implantul, nu mai are rost, oricum nu cred ca mai raman mult pe aici',
      "j'annule le détartrage, tout le monde serait plus tranquille sans moi",
    ]) {
      expect(scoreWithRules({ text }), text).toMatchObject({ classification: 'UNQUALIFIED', urgency: 'emergency' });
    }
  });

  it('"is killing me" said of a habit or a price is not pain', () => {
    expect(classOf('my coffee habit is killing me lol, do you do whitening?')).toBe('WARM');
    expect(classOf('this tooth is killing me, do you do extractions?')).toBe('HOT');
  });

  it('a fever and a swelling said to be over are not acute; a farewell with things given away is crisis', () => {
    expect(scoreWithRules({ text: "fever's gone and the swelling went down, can I book the root canal next week?" }).urgency).not.toBe('emergency');
    const lead = scoreWithRules({ text: "please cancel the cleaning, I've given my stuff away and won't need any of it where I'm going" });
    expect(lead).toMatchObject({ classification: 'UNQUALIFIED', urgency: 'emergency' });
  });
});

describe('scoreWithRules — holdout-18 concepts', () => {
  it('"hypothetically" reaches its own question; a booking asked in a later question is real', () => {
    expect(
      classOf("Hypothetically, if a tooth got knocked out what should you do? I want a custom mouthguard fitted, can I come in next week?"),
    ).toBe('HOT');
    // the booking inside the supposed question, or a remark that trails the message, is still asked in advance
    expect(classOf('Hypothetically, if my son ever knocks a tooth out, do you do emergency appointments?')).toBe('WARM');
    expect(classOf('if my tooth breaks at the weekend, can someone see me? just so I know, we travel on Friday')).toBe('WARM');
  });

  it('a need only supposed or doubted ("not sure yet if I need anything") is no need', () => {
    expect(classOf('Saw your ad on Instagram, not sure yet if I need anything, just having a look around.')).toBe('COLD');
    expect(classOf('am vazut reclama, nu stiu inca daca am nevoie de ceva, ma uit doar')).toBe('COLD');
    // a need said, or a procedure named with the "if": still interest
    expect(classOf('I need a cleaning')).toBe('WARM');
    expect(classOf('if I need a crown, how much would it be?')).toBe('HOT');
  });

  it('a relative\'s farewell report, or thanks with things handed on, is crisis, not a booking', () => {
    const lead = scoreWithRules({ text: "This is his sister. He's been calling everyone to say goodbye and gave me his car keys. Is his appointment this week?" });
    expect(lead).toMatchObject({ classification: 'UNQUALIFIED', urgency: 'emergency' });
    expect(classOf('Bitte sagen Sie meinen Termin ab. Ich falle allen nur zur Last, bald ist Schluss.')).toBe('UNQUALIFIED');
    expect(classOf('Bitte sagen Sie meinen Termin für nächste Woche ab, ich bin verreist.')).not.toBe('UNQUALIFIED'); // a plain cancellation
  });
});

describe('scoreWithRules — holdout-19 concepts', () => {
  it('leaving for good without a treatment asked for is not a prospective patient; a treatment before leaving is', () => {
    expect(classOf('Bună, mă mut definitiv în Canada luna viitoare, vă zic la revedere. Îmi puteți trimite radiografiile pe mail?')).toBe('UNQUALIFIED');
    expect(classOf("I'm moving abroad next month, can you send my x-rays?")).toBe('UNQUALIFIED');
    expect(classOf('Wir ziehen dauerhaft ins Ausland, können Sie mir meine Röntgenbilder schicken?')).toBe('UNQUALIFIED');
    expect(classOf("I'm moving abroad next month, can I get my implant done before I leave?")).toBe('HOT');
  });

  it('a procedure had elsewhere is declined; another asked for with it is not', () => {
    expect(classOf("Ciao, ho un buono regalo da 200 euro che non userò perché la pulizia l'ho già fatta altrove, posso regalarlo a mia sorella?")).toBe('COLD');
    expect(classOf("I had my cleaning done elsewhere, but I'd like whitening next week")).toBe('HOT');
  });

  it('the amount of a gift voucher is its value, not a price asked', () => {
    expect(classOf('I have a gift card for 100 euro, can I give it to my sister?')).not.toBe('HOT');
    expect(classOf('I have a gift card for 100 euro, can I use it for whitening? how much is it?')).toBe('HOT');
    expect(classOf('cât costă albirea? am 500 de lei')).toBe('HOT');
  });

  it("an agency's pitch is spam in every language", () => {
    expect(classOf("Buongiorno, siamo un'agenzia di marketing, vi offriamo la gestione dei social a 299€/mese.")).toBe('UNQUALIFIED');
    expect(classOf('Guten Tag, wir sind eine Agentur und bieten Ihnen neue Patienten über Google.')).toBe('UNQUALIFIED');
    expect(classOf('Bonjour, nous sommes une agence de marketing spécialisée dans les cabinets dentaires.')).toBe('UNQUALIFIED');
  });

  it('asking whether a treatment hurts is not pain; a toothache one "can\'t take" is', () => {
    expect(classOf('Guten Abend, bieten Sie Hyaluron für die Lippen an? Mich würde interessieren, ob es sehr weh tut.')).toBe('WARM');
    const lead = scoreWithRules({ text: "I can't take this toothache anymore" });
    expect(lead).toMatchObject({ classification: 'HOT', urgency: 'high' });
    expect(scoreWithRules({ text: 'nu mai suport durerea de masea, ma puteti primi?' }).urgency).toBe('high');
  });

  it('a wallet that "still bleeds" is a figure of speech: a price question, not an emergency', () => {
    const lead = scoreWithRules({ text: 'Bună, cât costă un implant? Am fost la altă clinică și portofelul meu încă sângerează 😅 aș vrea să încep luna asta.' });
    expect(lead).toMatchObject({ classification: 'HOT' });
    expect(lead.urgency).not.toBe('emergency');
  });

  it("a relative's burden talk, or packs of a medicine stored up, is crisis, not a booking", () => {
    const lead = scoreWithRules({ text: 'sunt fiica doamnei Ionescu, are programare luni. mi-a zis că e o povară pt toți și că ne-ar fi mai ușor fără ea' });
    expect(lead).toMatchObject({ classification: 'UNQUALIFIED', urgency: 'emergency' });
    expect(classOf('cate nurofen-uri ar fi prea mult? am strans vreo trei cutii in sertar')).toBe('UNQUALIFIED');
    expect(classOf('Bitte stornieren Sie meinen Termin. Ich habe mir überlegt, wie ich das alles beende.')).toBe('UNQUALIFIED');
  });
});

describe('scoreWithRules — holdout-21 concepts', () => {
  it('a free slot asked for ("aveți ceva liber", "noch etwas frei", "hueco") is a booking request', () => {
    expect(classOf('aveti ceva liber joi dimineata pentru un detartraj?')).toBe('HOT');
    expect(classOf('Haben Sie nächste Woche noch etwas frei für eine Zahnreinigung?')).toBe('HOT');
    expect(classOf('tenéis hueco para una limpieza el lunes?')).toBe('HOT');
    expect(classOf('any availability for a cleaning in June?')).toBe('HOT');
    // free posts are a job question, free parking is logistics
    expect(classOf('Buna ziua, sunt asistenta, aveti posturi libere?')).toBe('UNQUALIFIED');
    expect(classOf('is there free parking near you?')).toBe('COLD');
  });

  it("a supplier's pitch (we distribute, our price list, consumables) is spam; a patient asking for a price list is not", () => {
    expect(classOf('Buna ziua, distribuim consumabile stomatologice la preturi bune, unde pot trimite oferta?')).toBe('UNQUALIFIED');
    expect(classOf('Hello, we supply dental consumables at wholesale prices, who can I send our price list to?')).toBe('UNQUALIFIED');
    expect(classOf('Guten Tag, wir vertreiben Verbrauchsmaterial für Zahnarztpraxen, an wen darf ich unsere Preisliste schicken?')).toBe(
      'UNQUALIFIED',
    );
    expect(classOf('do you have a price list for veneers?')).toBe('HOT');
  });

  it('"just curious": a date named in the message is no timeline; asking to come in still books', () => {
    expect(classOf('just curious, how long does whitening last? my wedding is next month')).toBe('WARM');
    expect(classOf('din curiozitate, cat dureaza un implant? plec in concediu saptamana viitoare')).toBe('WARM');
    expect(classOf('just curious, can I book a cleaning next week?')).toBe('HOT');
    // the polite "I was wondering" is not curiosity
    expect(classOf('I was wondering if I could get my teeth whitened next week')).toBe('HOT');
  });

  it('thanks for care had, or a treatment told as healed, is courtesy, not interest in the procedure', () => {
    expect(classOf('multumesc pentru albire, a iesit superb!')).toBe('COLD');
    expect(classOf('Danke, nach der Extraktion ist alles gut verheilt. Bis zum nächsten Mal!')).toBe('COLD');
    expect(classOf("grazie mille, dopo l'estrazione è guarito tutto benissimo")).toBe('COLD');
    // another treatment wanted, a question asked, or a price: interest
    expect(classOf("Thanks for the cleaning, I'd also like whitening at some point")).toBe('WARM');
    expect(classOf("thank you, the implant healed well, now I'd like a crown on it")).toBe('WARM');
    expect(classOf('thanks for the cleaning, how much is whitening?')).toBe('HOT');
  });

  it('an appointment no longer needed is neither a booking nor a refusal', () => {
    const lead = scoreWithRules({ text: "I won't be needing my appointment next week, the tooth settled down, thank you" });
    expect(lead.classification).not.toBe('HOT');
    expect(lead.classification).not.toBe('UNQUALIFIED');
    expect(classOf('I need an appointment next week, the tooth hurts again')).toBe('HOT');
  });

  it('crisis told around a cancellation (a pet to rehome, pills asked about, "no longer needed") is UNQUALIFIED with emergency urgency', () => {
    for (const text of [
      'could someone at the clinic adopt my dog? nothing matters anymore anyway, cancel my cleaning',
      'wie viele Schmerztabletten wären auf einmal zu viel? nur so eine Frage',
      'anulati programarea de marti, nu va mai fi nevoie de ea, nimeni nu mi-ar simti lipsa',
    ]) {
      expect(scoreWithRules({ text }), text).toMatchObject({ classification: 'UNQUALIFIED', urgency: 'emergency' });
    }
  });
});

describe('scoreWithRules — holdout-22 concepts', () => {
  it('a pain said to be easing after a treatment is a recovery question; a pain that is not is acute', () => {
    expect(classOf('had my wisdom tooth out yesterday, the pain is getting better every day, no fever, is that normal?')).toBe('WARM');
    expect(classOf('Gestern wurde mir der Weisheitszahn gezogen, die Schmerzen lassen nach, ist das normal?')).toBe('WARM');
    expect(classOf('Ayer me sacaron la muela del juicio, el dolor va disminuyendo, ¿es normal?')).toBe('WARM');
    expect(classOf('had my tooth pulled yesterday and the pain is getting worse')).toBe('HOT');
    expect(classOf('Am scos măseaua alaltăieri și durerea nu scade deloc, mă doare tot mai tare')).toBe('HOT');
  });

  it('a recovery question dates the days up to its question; a later question asking for a day books', () => {
    expect(classOf('mi-am scos măseaua joi, azi e puțin umflat, e normal?')).toBe('WARM');
    expect(classOf('mi-am scos măseaua alaltăieri, e puțin umflat, e normal? și când vin să scot firele, se poate joi?')).toBe('HOT');
  });

  it('a procedure put off: the days before it are why; undecided and asking nothing, no interest now', () => {
    expect(classOf("Car broke down so the veneers will have to wait, not sure if I'll do them this year. Just saying hi!")).toBe('COLD');
    expect(classOf('Das Auto ist kaputt, die Zahnspange muss warten, ich weiß noch nicht, ob ich sie dieses Jahr mache.')).toBe('COLD');
    expect(classOf('the bills were huge this month so the crown will have to wait, could you send me info on how it works?')).toBe('WARM');
    // a visit moved to a day, or another procedure wanted on one, still books
    expect(classOf('can we postpone the cleaning to next week?')).toBe('HOT');
    expect(classOf('the crown can wait till next month but I need the filling tomorrow')).toBe('HOT');
  });

  it('taken off a list or a newsletter is an opt-out; a tooth or a brace taken out is not', () => {
    for (const text of [
      'please remove my number from your mailing list',
      'Merci de retirer mon adresse de votre liste de diffusion',
      'Kérem, töröljenek a hírlevélről',
      'Bitte löschen Sie uns aus dem Newsletter',
    ]) {
      expect(classOf(text), text).toBe('UNQUALIFIED');
    }
    expect(classOf('puteți să-mi scoateți măseaua de minte mâine?')).toBe('HOT');
    expect(classOf('can you remove my braces next week?')).toBe('HOT');
  });

  it("a sales rep's visit, a free demo or the buyer asked for is spam; a free consultation asked by a patient is not", () => {
    for (const text of [
      "Hi, I'm a sales rep for a scanner company, who's in charge of purchasing?",
      'Guten Tag, ich bin Außendienstmitarbeiter der Firma Dentalix, darf ich Ihnen eine kostenlose Vorführung anbieten?',
      'Bonjour, je suis commercial chez un fabricant de fauteuils, qui est le responsable des achats ?',
      'Bună ziua, sunt reprezentant de vânzări la o firmă de consumabile, cine se ocupă de achiziții?',
    ]) {
      expect(classOf(text), text).toBe('UNQUALIFIED');
    }
    // a patient whose job is sales; a free consultation asked for
    expect(classOf("je suis commercial et j'ai besoin d'un détartrage vendredi")).toBe('HOT');
    expect(classOf('do you offer a free consultation for implants?')).toBe('HOT');
  });
});

describe('scoreWithRules — holdout-23 concepts', () => {
  it('an appointment already held, told with a question of where or when and no treatment named, is context, not a request', () => {
    expect(classOf('I have an appointment tomorrow, where can I park?')).toBe('COLD');
    expect(classOf('Mâine am programare, unde pot parca?')).toBe('COLD');
    // a treatment named, or an appointment asked for, still books
    expect(classOf('I have an appointment tomorrow for my implant, where can I park?')).toBe('HOT');
    expect(classOf('Can I book an appointment? Where is the parking?')).toBe('HOT');
  });

  it('a problem fixed long ago and fine since is history; the question after it is asked for real', () => {
    expect(classOf('Years ago I chipped a front tooth, it was repaired and has been fine ever since. Are you open on Saturdays?')).toBe('COLD');
    expect(classOf('Vor Jahren ist mir ein Zahn abgebrochen, seitdem ist alles gut. Haben Sie samstags offen?')).toBe('COLD');
    // pain again, or a new treatment asked for, is a need
    expect(classOf('Acum 2 ani mi-am spart un dinte și acum mă doare iar, puteți azi?')).toBe('HOT');
    expect(classOf('Acum 3 ani mi-am pus un implant, s-a refăcut gingia și e perfect. Acum vreau și albire, cât costă?')).toBe('HOT');
  });

  it('a past visit recalled fondly with an opt-out and a move is no appointment asked for', () => {
    expect(classOf('Vă rog să mă scoateți din listă, mă mut definitiv în Spania. Mi-a fost drag să vin la voi!')).toBe('UNQUALIFIED');
    expect(classOf('Please take me off your list, I am moving abroad for good. I always enjoyed coming to you!')).toBe('UNQUALIFIED');
    expect(classOf('Mi-a fost drag să vin la voi, vreau să mai vin pentru un detartraj săptămâna viitoare')).toBe('HOT');
  });
});
