// One header line read alone: bylines in their other wordings, and a standfirst's kicker.
import { describe, expect, it } from 'vitest';
import { readByline, readDateLine, readSignatories } from '../../../../src/pipeline/layout/lines.ts';
import { matchRule, outletNamed } from '../../../../src/pipeline/layout/rules.ts';
import { tabTitle, withoutKicker } from '../../../../src/pipeline/layout/header.ts';

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
