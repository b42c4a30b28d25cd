// One header line read alone: bylines in their other wordings, and a standfirst's kicker.
import { describe, expect, it } from 'vitest';
import { dayInAddress } from '../../../../src/pipeline/layout/index.ts';
import { inLetters, readByline, readDateLine, readSignatories } from '../../../../src/pipeline/layout/lines.ts';
import { matchRule, outletNamed } from '../../../../src/pipeline/layout/rules.ts';
import { rubricTitle, tabTitle, withoutKicker } from '../../../../src/pipeline/layout/header.ts';
import { isPersonName } from '../../../../src/pipeline/layout/features.ts';
import { structure } from '../../../../src/pipeline/layout/structure.ts';
import { units as readUnits } from '../../../../src/pipeline/layout/units.ts';

describe('readByline: the verbs of posting before « par »', () => {
  it.each([
    ['Posté par Julien R. le 12/09/2024 — 6 min de lecture', ['Julien R.'], '2024-09-12'],
    ['Publiée par Claire Vasseur le 3 mars 2021', ['Claire Vasseur'], '2021-03-03'],
    ['Mis en ligne par Paul Durand', ['Paul Durand'], undefined],
    ['Publié par la rédaction le 3 mars 2021', ['la rédaction'], '2021-03-03'],
  ])('%s', (line, authors, date) => {
    const byline = readByline(line);
    expect(byline?.authors).toEqual(authors);
    expect(byline?.date?.published?.value).toBe(date);
  });

  it('a sentence about a publication is no byline', () => {
    expect(readByline('Publié en 2020, le rapport a été très commenté.')).toBeUndefined();
  });
});

describe('readByline: a name with the agency its text draws on', () => {
  it('an outlet signs: the outlet, the agency credited, no author', () => {
    expect(readByline('20 Minutes avec AFP')).toEqual({ authors: [], outlet: '20 Minutes', attribution: ['AFP'] });
    expect(readByline('Le Journal du Dimanche avec Reuters')).toEqual({ authors: [], outlet: 'Le Journal du Dimanche', attribution: ['Reuters'] });
  });

  it('a person signs: the author, the agency credited', () => {
    expect(readByline('Marie Le Goff avec AFP')).toEqual({ authors: ['Marie Le Goff'], attribution: ['AFP'] });
    expect(readByline('La rédaction avec l’AFP')).toEqual({ authors: ['la rédaction'], attribution: ['AFP'] });
  });

  it('after « Par » too, and a brand written in lower case', () => {
    expect(readByline('Par Le Figaro avec AFP')).toEqual({ authors: [], outlet: 'Le Figaro', attribution: ['AFP'] });
    expect(readByline('Par franceinfo avec AFP')).toEqual({ authors: [], outlet: 'franceinfo', attribution: ['AFP'] });
    expect(readByline('Il avec AFP')).toBeUndefined();
  });

  it('words that are no name are no byline', () => {
    for (const line of ['Les négociations avec AFP', 'Il a signé avec AFP', 'Un partenariat avec Reuters']) expect(readByline(line), line).toBeUndefined();
  });
});

describe('withoutKicker', () => {
  it('a word in capitals run into the first sentence is the kicker', () => {
    expect(withoutKicker('SOUVERAINETE Le commissaire au marché intérieur présente ce mercredi une stratégie')).toEqual({
      text: 'Le commissaire au marché intérieur présente ce mercredi une stratégie',
      kicker: 'SOUVERAINETE',
    });
    expect(withoutKicker('CLOUD ACT Selon la loi américaine, les données restent exposées partout')).toEqual({
      text: 'Selon la loi américaine, les données restent exposées partout',
      kicker: 'CLOUD ACT',
    });
  });

  it('an acronym that is the subject, or a capital word before a name, stays', () => {
    for (const text of ['AWS Outposts arrive en France pour les clients du secteur public', 'OVHCLOUD annonce un nouveau centre de données à Strasbourg', 'UE Les ministres']) {
      expect(withoutKicker(text), text).toEqual({ text });
    }
  });
});

describe('readSignatories', () => {
  it('the names, without their offices', () => {
    expect(readSignatories('Les signataires : Anne Dupré, maire de Villeneuve ; Marc Hollande, conseiller régional ; Sophie Renard, députée.')).toEqual(['Anne Dupré', 'Marc Hollande', 'Sophie Renard']);
    expect(readSignatories('Signataires : Anne Dupré, Marc Hollande et Mme Sophie Renard.')).toEqual(['Anne Dupré', 'Marc Hollande', 'Sophie Renard']);
  });

  it('a sentence about signatories, or a list that is mostly no names, is none', () => {
    expect(readSignatories('Les signataires : ils sont plus de deux cents, élus et chefs d’entreprise.')).toBeUndefined();
    expect(readSignatories('Les signataires de l’accord se retrouveront en mars.')).toBeUndefined();
  });
});

describe('readByline: names in capitals', () => {
  it('a surname in capitals, or a whole byline in capitals', () => {
    expect(readByline('Par Jean DUPONT')?.authors).toEqual(['Jean DUPONT']);
    expect(readByline('Par Anne-Sophie LE GALL')?.authors).toEqual(['Anne-Sophie LE GALL']);
    expect(readByline('PAR JEAN DUPONT ET MARIE MARTIN')?.authors).toEqual(['Jean Dupont', 'Marie Martin']);
    expect(readByline('PAR CLAIRE DE LA ROCHEFOUCAULD')?.authors).toEqual(['Claire de La Rochefoucauld']);
    // an outlet in capitals stays as written
    expect(readByline('PAR RFI')).toEqual({ authors: [], outlet: 'RFI', attribution: [] });
  });
});

describe('readByline: other leads', () => {
  it('a correspondent, a « Texte : » credit, an agency in brackets', () => {
    expect(readByline('De notre correspondant à Bruxelles, Jean Dupont')?.authors).toEqual(['Jean Dupont']);
    expect(readByline('Par notre envoyée spéciale à Berlin, Marie Martin')?.authors).toEqual(['Marie Martin']);
    expect(readByline('Texte : Jean Dupont')?.authors).toEqual(['Jean Dupont']);
    expect(readByline('Auteur : Jean Dupont')?.authors).toEqual(['Jean Dupont']);
    expect(readByline('Par Jean Dupont (avec AFP)')).toEqual({ authors: ['Jean Dupont'], attribution: ['AFP'] });
    expect(readByline('Texte intégral du discours')).toBeUndefined();
  });

  it('a colon after « Par », a speech’s speaker', () => {
    expect(readByline('Par : Jean Dupont')?.authors).toEqual(['Jean Dupont']);
    expect(readByline('Discours de Bruno Le Maire, ministre de l’Économie')?.authors).toEqual(['Bruno Le Maire']);
  });

  it('a name that is no person’s signs for the outlet', () => {
    expect(readByline('Par : RFI')).toEqual({ authors: [], outlet: 'RFI', attribution: [] });
    expect(readByline('Par les temps qui courent')).toBeUndefined();
  });
});

describe('readDateLine: the words institutional pages set before a date', () => {
  it.each([
    ['Date de publication : 3 mars 2021', '2021-03-03'],
    ['Publication : 03/03/2021', '2021-03-03'],
    ['Article publié le 3 mars 2021', '2021-03-03'],
    ['Première publication le 3 mars 2021', '2021-03-03'],
    ['Date de parution : mars 2021', '2021-03'],
  ])('%s', (line, value) => {
    const read = readDateLine(line);
    expect(read?.published?.value).toBe(value);
    // none of these words is a dateline's place
    expect(read?.place).toBeUndefined();
  });
});

describe('readDateLine: where a text was published', () => {
  it('the journal and its page are part of the date line, and no dateline’s place', () => {
    const line = readDateLine('publiée dans le JO Sénat du 03/02/2022 - page 512');
    expect(line?.published?.value).toBe('2022-02-03');
    expect(line?.place).toBeUndefined();
    expect(readDateLine('Paru dans Le Monde le 3 mars 2021')?.published?.value).toBe('2021-03-03');
  });
});

describe('rules: the outlet a notice names', () => {
  it.each([
    ['Tous droits réservés – Le Parisien', 'Le Parisien'],
    ['Cet article est paru dans Le Monde (édition Europe) daté du 5 mars 2021', 'Le Monde'],
    ['Article paru dans Les Echos du 4 mars 2021', 'Les Echos'],
  ])('%s', (line, outlet) => {
    const rule = matchRule(line);
    expect(rule).toBeDefined();
    expect(outletNamed(rule, line)).toBe(outlet);
  });
});

describe('rules: players and paywalls', () => {
  it('an audio player’s clock is no text; a subscriber’s notice is a paywall’s', () => {
    expect(matchRule('00:00/03:12')?.kind).toBe('boilerplate');
    expect(matchRule('12:45 / 1:02:03')?.kind).toBe('boilerplate');
    expect(matchRule('Votre abonnement vous permet d’accéder à cet article')?.kind).toBe('paywall');
  });
});

describe('rules: a photo credit without a colon', () => {
  it('« Photo <name> pour <outlet> » is a credit; a heading that starts with « Photos de » is not', () => {
    expect(matchRule('Photo Denis Allard pour Libération')?.kind).toBe('photo-credit');
    expect(matchRule('Illustration Jean Dupont / Hans Lucas')?.kind).toBe('photo-credit');
    expect(matchRule('Photos de la semaine')?.kind).not.toBe('photo-credit');
  });
});

describe('tabTitle', () => {
  it('the site’s name after a pipe or a spaced dash', () => {
    expect(tabTitle('Gaia-X : l’Europe peut-elle encore bâtir son propre cloud ? | Les Echos')).toEqual({ headline: 'Gaia-X : l’Europe peut-elle encore bâtir son propre cloud ?', outlet: 'Les Echos' });
    expect(tabTitle('Cloud souverain : la France mise sur Bleu et S3NS - Le Parisien')).toEqual({ headline: 'Cloud souverain : la France mise sur Bleu et S3NS', outlet: 'Le Parisien' });
    expect(tabTitle('Le Data Act entre en application — 01net.com')?.outlet).toBe('01net.com');
    expect(tabTitle('Numerama veut un cloud européen | numerama.com')?.outlet).toBe('numerama.com');
  });

  it('no split for a title’s own part, a person, a label, a bracket or a short title', () => {
    for (const title of [
      'Cloud : l’heure de vérité - Partie 2',
      'Gaia-X, un an après - Analyse',
      'Le cloud souverain vu par ses acteurs - Jean Dupont',
      'Question écrite de M. Jean Dupont (Haute-Garonne - Les Républicains)',
      'Gaia-X - Le Monde',
      'La France et l’Allemagne - un duo qui s’essouffle sur le cloud',
    ]) expect(tabTitle(title), title).toBeUndefined();
  });
});

describe('readDateLine: a day without its year', () => {
  it('is a date line with no value', () => {
    for (const line of ['3 févr.', 'mardi 3 février', 'Le 3 février à 10h12', 'Publié le 29 février à 8h00']) expect(readDateLine(line), line).toEqual({ yearless: true });
  });
  it('but not a sentence, a month alone or a day beside other words', () => {
    for (const line of ['Le 3 février, l’UE a adopté le texte', 'février', '3 février, Bruxelles', 'Les 27 États membres']) expect(readDateLine(line)?.yearless, line).toBeUndefined();
  });
});

describe('readByline: the outlet between the byline’s separators', () => {
  it.each([
    ['Par Théo Bourgery-Gonse | EURACTIV.fr | traduit par Anne-Laure Bonnefoy', 'EURACTIV.fr'],
    ['Par Jean Dupont · JDN', 'JDN'],
    ['Par Jean Dupont | Les Echos | 3 mars 2021', 'Les Echos'],
  ])('%s', (line, outlet) => expect(readByline(line)?.outlet).toBe(outlet));
  it('a job or a date there is no outlet', () => {
    for (const line of ['Par Jean Dupont | Journaliste', 'Par Jean Dupont | Rédacteur en chef', 'Par Jean Dupont | Publié le 3 mars 2021']) expect(readByline(line)?.outlet, line).toBeUndefined();
  });
});

describe('isPersonName: given names that start like an article', () => {
  it('Laurent, Delphine, Derek and Lea are given names', () => {
    for (const name of ['Laurent Dupont', 'Delphine Ernotte', 'Derek Perrotte', 'Lea Martin', 'Desirée Morel']) expect(isPersonName(name), name).toBe(true);
  });
  it('an article before a capitalised word is none', () => {
    for (const name of ['Le Direct', 'La Rédaction', 'Les Echos', 'L’Usine Nouvelle', 'De Gaulle']) expect(isPersonName(name), name).toBe(false);
  });
});

describe('structure: numbered sections', () => {
  const blocks = (text: string) => structure(readUnits(text), text.split('\n')).map((b) => (b.kind === 'list' ? `list(${b.items.length})` : b.kind));
  it('numbering that goes back starts another list', () => {
    expect(blocks('1. Le temps des clouds souverains\n2. Gaia-X\n3. Le cloud de confiance\n1. Le temps des clouds souverains\n2. Gaia-X')).toEqual(['list(3)', 'list(2)']);
    // a list numbered "1." throughout, as Markdown allows, stays one
    expect(blocks('1. un\n1. deux\n1. trois')).toEqual(['list(3)']);
  });
  it('a short numbered line over a capitalised sentence heads it; a long item cut by a wrap goes on', () => {
    expect(blocks('2. Gaia-X, l’ambition franco-allemande\nPrésenté en 2019, Gaia-X veut fixer des règles communes.')).toEqual(['text', 'text']);
    const wrapped = blocks('Les mesures :\n1. une qualification des offres par l’agence nationale et les\nAutorités de contrôle des États membres.\n2. un label européen.');
    expect(wrapped).toEqual(['text', 'list(2)']);
  });
});

describe('rules: a page’s other languages, the desk’s credits, a second device, a numbered label', () => {
  it('a language switcher is navigation', () => {
    for (const line of ['Langues : English | Deutsch', 'English | Deutsch | Español', 'Disponible en : English, Italiano']) expect(matchRule(line)?.kind, line).toBe('navigation');
    expect(matchRule('Les langues de travail sont l’anglais et le français.')?.kind).toBeUndefined();
  });
  it('a credit in brackets is the desk’s, not text', () => {
    for (const line of ['[Édité par Anne-Sophie Gayet]', '(Édité par Jean Dupont)', '(Traduit par Marie Martin)']) expect(matchRule(line)?.kind, line).toBe('agency-tail');
  });
  it('an account read on another device is the paywall’s notice', () => {
    expect(matchRule('Vous pouvez lire Le Monde sur un seul appareil à la fois')?.kind).toBe('paywall');
    expect(matchRule('Ce message s’affichera sur l’autre appareil.')?.kind).toBe('paywall');
    expect(matchRule('Votre compte est déjà ouvert sur un autre appareil')?.kind).toBe('paywall');
    expect(matchRule('Les agents pourront reprendre leur travail sur un autre appareil.')?.kind).toBeUndefined();
  });
  it('a label may carry its number', () => {
    for (const line of ['COMMUNIQUE DE PRESSE n° 91/20', 'Communiqué de presse n° 12', 'Note n° 3']) expect(matchRule(line)?.kind, line).toBe('label');
  });
});

describe('press databases', () => {
  it('a word count is a length, not an outlet; the certificate of a copy is its licence', () => {
    for (const line of ['523 mots', '1 067 mots']) expect(matchRule(line)?.kind, line).toBe('reading-time');
    expect(matchRule('Certificat émis le 4 décembre 2026 à UNIVERSITE-DE-PARIS (340 documents) à des fins de visualisation personnelle et temporaire.')?.kind).toBe('copyright');
  });
  it('the edition’s line names the paper, not the place it was written from', () => {
    const line = readDateLine('Le Figaro Économie, mardi 3 mars 2020 634 mots, p. 28');
    expect(line?.published?.value).toBe('2020-03-03');
    expect(line?.place).toBeUndefined();
    // a dateline keeps its place
    expect(readDateLine('Bruxelles, le 3 mars 2020')?.place).toBe('Bruxelles');
  });
  it('the holder of a copyright is named without its notice, in any case', () => {
    for (const [line, holder] of [
      ['Copyright 2021 Les Echos. All Rights Reserved.', 'Les Echos'],
      ['© 2020 Le Figaro. TOUS DROITS RÉSERVÉS.', 'Le Figaro'],
    ] as const) expect(outletNamed(matchRule(line), line), line).toBe(holder);
  });
});

describe('readDateLine: an interface in English', () => {
  it.each([
    ['Mar 3, 2021', '2021-03-03'],
    ['March 3, 2021', '2021-03-03'],
    ['3 March 2021', '2021-03-03'],
    ['Published on 3 March 2021', '2021-03-03'],
    ['10:12 AM · Feb 8, 2023', '2023-02-08'],
  ])('%s', (line, value) => expect(readDateLine(line)?.published?.value).toBe(value));
  it('French abbreviations are not read as English months', () => {
    expect(readDateLine('mar. 3 mars 2021')?.published?.value).toBe('2021-03-03');
  });
});

describe('structure: columns aligned with spaces', () => {
  const kinds = (text: string) => structure(readUnits(text), text.split('\n')).map((b) => (b.kind === 'table' ? `table(${b.rows.length})` : b.kind));
  it('three rows or more, their columns at one place, are a table', () => {
    expect(kinds('Fournisseur              Part\nAmazon Web Services      32 %\nMicrosoft Azure          23 %')).toEqual(['table(3)']);
    // right-aligned numbers line up by their ends
    expect(kinds('AWS          1 234\nAzure          567\nOVHcloud        89')).toEqual(['table(3)']);
  });
  it('two rows, ragged columns or a sentence are not', () => {
    expect(kinds('Fournisseur      Part\nAmazon   32 %')).toEqual(['text', 'text']);
    expect(kinds('Le  cloud  souverain est un enjeu\nles  administrations  doivent\ndonnées  sensibles  contre les lois')).toEqual(['text', 'text', 'text']);
    expect(kinds('Un  deux.\nTrois  quatre.\nCinq  six.')).toEqual(['text', 'text', 'text']);
  });
});

describe('rules: a platform’s buttons, labels and calls', () => {
  it('in English or in French', () => {
    for (const line of ['Follow', 'Listen', 'Share', 'Restack']) expect(matchRule(line)?.kind, line).toBe('share');
    expect(matchRule('5 min read')?.kind).toBe('reading-time');
    expect(matchRule('Payant')?.kind).toBe('paywall');
  });
  it('a call to subscribe names the outlet that makes it', () => {
    const line = 'Merci de lire Le Cloud Hebdo ! Abonnez-vous gratuitement pour recevoir les prochains numéros.';
    expect(matchRule(line)?.kind).toBe('newsletter');
    expect(outletNamed(matchRule(line), line)).toBe('Le Cloud Hebdo');
    expect(matchRule('« Abonnez-vous à notre offre cloud », proposait la publicité d’OVH en 2015.')?.kind).toBeUndefined();
  });
  it('“Written by” leads a byline', () => expect(readByline('Written by Jean Dupont')?.authors).toEqual(['Jean Dupont']));
});

describe('rubricTitle', () => {
  it('a rubric of a few words before a pipe, the headline after it', () => {
    expect(rubricTitle('Souveraineté numérique | Gaia-X : le cloud européen prend forme')).toEqual({ rubric: 'Souveraineté numérique', headline: 'Gaia-X : le cloud européen prend forme' });
  });
  it('not a site’s name after the headline, a date, a name or a longer part before the pipe', () => {
    for (const line of ['Gaia-X : le cloud européen prend forme | Les Echos', '12 mars 2021 | Gaia-X : le cloud européen prend forme', 'Jean Dupont | Gaia-X : le cloud européen prend forme', 'Le cloud européen et la souveraineté des données | Gaia-X']) expect(rubricTitle(line), line).toBeUndefined();
  });
});

describe('readDateLine: an update written without its year', () => {
  it('takes the year of the date before it', () => {
    const line = readDateLine('Publié le mercredi 3 mars 2021 - 08:15 - Modifié le 4 mars');
    expect([line?.published?.value, line?.updated?.value]).toEqual(['2021-03-03', '2021-03-04']);
  });
  it('or the next year, when it would fall before that date', () => {
    expect(readDateLine('Publié le 30 décembre 2021, mis à jour le 2 janvier à 9h')?.updated?.value).toBe('2022-01-02');
  });
});

describe('readByline: where each author wrote from', () => {
  it('a city in brackets after a name does not end the list', () => {
    expect(readByline('Par Jean Dupont (à Bruxelles), Marie Martin et Paul Durand (à Berlin)')?.authors).toEqual(['Jean Dupont', 'Marie Martin', 'Paul Durand']);
    expect(readByline('Par Marie Martin (envoyée spéciale à Kiev)')?.authors).toEqual(['Marie Martin']);
    expect(readByline('Par Jean Dupont (avec AFP)')?.attribution).toEqual(['AFP']);
  });
});

describe('readDateLine: a day that does not exist', () => {
  it('is a date line that gives no date, and says which day it wrote', () => {
    expect(readDateLine('Publié le 31 juin 2021 à 10h12')).toEqual({ impossible: 'le 31 juin 2021' });
    expect(readDateLine('31/04/2022')).toEqual({ impossible: '31/04/2022' });
    // beside a real date, that one is the line's
    const both = readDateLine('Publié le 3 mars 2021, mis à jour le 31 avril 2021');
    expect([both?.published?.value, both?.updated, both?.impossible]).toEqual(['2021-03-03', undefined, 'le 31 avril 2021']);
    expect(readByline('Par Claire Fontaine, le 31 juin 2021')).toMatchObject({ authors: ['Claire Fontaine'], date: { impossible: 'le 31 juin 2021' } });
  });
  it('but a sentence that writes one is no date line', () => {
    expect(readDateLine('Le 31 juin 2021, la Commission a publié son avis')).toBeUndefined();
  });
});

describe('readDateLine: a date as mail and feeds write it, in English', () => {
  it('reads the day of the week and the time zone as a date line’s words', () => {
    expect(readDateLine('Thu, 04 Feb 2021 09:30:00 +0100')?.published?.value).toBe('2021-02-04');
    expect(readDateLine('Mon, 3 Mar 2021 08:00:00 GMT')?.published?.value).toBe('2021-03-03');
    expect(readDateLine('Date: Thu, Feb 4, 2021 at 9:30 AM')?.published?.value).toBe('2021-02-04');
    expect(readDateLine('Thursday, March 4, 2021')?.published?.value).toBe('2021-03-04');
  });
});

describe('matchRule: who translated or adapted the text', () => {
  it('is a credit, on its line', () => {
    for (const line of ['Traduit de l’anglais par Pauline Roux', 'Traduction : Jean Dupont', 'Traduit et adapté par Marie Martin', 'Adapté de l’allemand par Paul Durand', 'Translated from German by Anna Weber']) {
      expect(matchRule(line)?.kind, line).toBe('agency-tail');
    }
  });
  it('but not a sentence about a translation', () => {
    for (const line of ['Traduit en vingt-quatre langues, le règlement entre en vigueur en 2024, et la Commission en publie le texte.', 'Traduction automatique : la Commission lance un service pour les administrations qui veulent traduire leurs textes, dès 2022, dans toutes les langues de l’Union.']) {
      expect(matchRule(line)?.kind, line).not.toBe('agency-tail');
    }
  });
});

describe('outletNamed: a copyright’s holder without its company’s legal form', () => {
  it.each([
    ['© The Financial Times Limited 2023. Tous droits réservés.', 'The Financial Times'],
    ['© Groupe Exemple SAS 2021 – Tous droits réservés', 'Groupe Exemple'],
    ['© 2022 Le Quotidien S.A. Tous droits réservés', 'Le Quotidien'],
    ['© Le Monde 2021', 'Le Monde'],
  ])('%s', (line, holder) => expect(outletNamed(matchRule(line), line)).toBe(holder));
});

describe('readDateLine: a printed page’s running head', () => {
  it('reads the date among the page’s number and the paper’s name, set apart by wide spaces', () => {
    const line = readDateLine('24                LE JOURNAL DES ENTREPRISES                JEUDI 6 MARS 2014');
    expect([line?.published?.value, line?.label]).toEqual(['2014-03-06', 'LE JOURNAL DES ENTREPRISES']);
    expect(readDateLine('JEUDI 6 MARS 2014     Le Monde     12')?.published?.value).toBe('2014-03-06');
  });
  it('but a number and a name beside a date, without the wide spaces, make no date line', () => {
    expect(readDateLine('24 LE JOURNAL DES ENTREPRISES JEUDI 6 MARS 2014')).toBeUndefined();
  });
});

describe('inLetters: a name set in capitals', () => {
  it.each([
    ['PIERRE LAMBERT', 'Pierre Lambert'],
    ['JEAN-LUC DE LA FONTAINE', 'Jean-Luc de La Fontaine'],
    ["MARIE D'ARGENT", "Marie D'Argent"],
  ])('%s', (caps, letters) => expect(inLetters(caps)).toBe(letters));
});

describe('dayInAddress: the day in the address of an article’s page', () => {
  it.each([
    ['https://www.journal.fr/economie/article/2021/05/17/l-etat-annonce_6080312_3234.html', '2021-05-17'],
    ['URL : https://exemple.fr/2020-09-15-gaia-x-fondation', '2020-09-15'],
    ['https://exemple.fr/actu/20190402/cloud-act.html', '2019-04-02'],
  ])('%s', (line, day) => expect(dayInAddress(line)?.value).toBe(day));

  it('but not a day that does not exist, a number that is no day, nor an address inside a sentence', () => {
    expect(dayInAddress('https://exemple.fr/2021/02/30/texte')).toBeUndefined();
    expect(dayInAddress('https://exemple.fr/article/6080312/3234')).toBeUndefined();
    expect(dayInAddress('Voir https://exemple.fr/2021/05/17/texte pour le détail.')).toBeUndefined();
  });
});
