/**
 * Starter genre taxonomy. Slugs are stable identifiers stored in profiles: never rename one,
 * add a new slug and migrate instead. `related` links families (or sub-genres) that audiences
 * and programmers commonly share; they give a weak partial match.
 */
export interface GenreNode {
  readonly slug: string;
  readonly parent: string | null;
  readonly fr: string;
  readonly en: string;
  readonly related?: readonly string[];
}

function family(
  root: { slug: string; fr: string; en: string; related?: readonly string[] },
  children: readonly (readonly [slug: string, fr: string, en: string, related?: readonly string[]])[],
): GenreNode[] {
  return [
    { slug: root.slug, parent: null, fr: root.fr, en: root.en, related: root.related },
    ...children.map(([slug, fr, en, related]) => ({ slug, parent: root.slug, fr, en, related })),
  ];
}

export const GENRES: readonly GenreNode[] = [
  ...family({ slug: 'rock', fr: 'Rock', en: 'Rock', related: ['metal', 'blues', 'folk'] }, [
    ['indie-rock', 'Rock indé', 'Indie rock', ['indie-pop']],
    ['punk-rock', 'Punk rock', 'Punk rock'],
    ['garage-rock', 'Garage rock', 'Garage rock'],
    ['psychedelic-rock', 'Rock psychédélique', 'Psychedelic rock'],
    ['post-rock', 'Post-rock', 'Post-rock', ['ambient']],
    ['hard-rock', 'Hard rock', 'Hard rock', ['heavy-metal']],
  ]),
  ...family({ slug: 'pop', fr: 'Pop', en: 'Pop', related: ['electro', 'chanson'] }, [
    ['indie-pop', 'Pop indé', 'Indie pop', ['indie-rock']],
    ['synth-pop', 'Synthpop', 'Synth-pop', ['house']],
    ['dream-pop', 'Dream pop', 'Dream pop'],
    ['pop-rock', 'Pop rock', 'Pop rock', ['rock']],
  ]),
  ...family({ slug: 'electro', fr: 'Électro', en: 'Electronic', related: ['pop'] }, [
    ['house', 'House', 'House'],
    ['techno', 'Techno', 'Techno'],
    ['drum-and-bass', 'Drum and bass', 'Drum and bass'],
    ['ambient', 'Ambient', 'Ambient'],
    ['electro-swing', 'Électro swing', 'Electro swing', ['jazz-manouche']],
    ['trance', 'Trance', 'Trance'],
  ]),
  ...family({ slug: 'jazz', fr: 'Jazz', en: 'Jazz', related: ['blues', 'soul-funk'] }, [
    ['bebop', 'Bebop', 'Bebop'],
    ['jazz-manouche', 'Jazz manouche', 'Gypsy jazz'],
    ['jazz-fusion', 'Jazz fusion', 'Jazz fusion', ['funk']],
    ['free-jazz', 'Free jazz', 'Free jazz'],
    ['vocal-jazz', 'Jazz vocal', 'Vocal jazz'],
  ]),
  ...family({ slug: 'hip-hop', fr: 'Hip-hop', en: 'Hip-hop', related: ['soul-funk'] }, [
    ['rap-francais', 'Rap français', 'French rap'],
    ['trap', 'Trap', 'Trap'],
    ['boom-bap', 'Boom bap', 'Boom bap'],
  ]),
  ...family({ slug: 'chanson', fr: 'Chanson française', en: 'French chanson', related: ['pop', 'folk'] }, [
    ['nouvelle-scene-francaise', 'Nouvelle scène française', 'New French scene'],
    ['variete-francaise', 'Variété française', 'French variety'],
    ['chanson-a-texte', 'Chanson à texte', 'Singer-songwriter chanson'],
    ['cabaret', 'Cabaret', 'Cabaret'],
  ]),
  ...family({ slug: 'world', fr: 'Musiques du monde', en: 'World music', related: ['reggae', 'folk'] }, [
    ['afrobeat', 'Afrobeat', 'Afrobeat', ['funk']],
    ['latin', 'Musiques latines', 'Latin music'],
    ['balkan', 'Musique des Balkans', 'Balkan music'],
    ['maghreb', 'Musiques du Maghreb', 'North African music'],
  ]),
  ...family({ slug: 'classical', fr: 'Classique', en: 'Classical' }, [
    ['baroque', 'Baroque', 'Baroque'],
    ['opera', 'Opéra', 'Opera'],
    ['chamber-music', 'Musique de chambre', 'Chamber music'],
    ['symphonic', 'Symphonique', 'Symphonic'],
    ['contemporary-classical', 'Musique contemporaine', 'Contemporary classical'],
  ]),
  ...family({ slug: 'metal', fr: 'Métal', en: 'Metal', related: ['rock'] }, [
    ['heavy-metal', 'Heavy metal', 'Heavy metal'],
    ['black-metal', 'Black metal', 'Black metal'],
    ['death-metal', 'Death metal', 'Death metal'],
    ['thrash-metal', 'Thrash metal', 'Thrash metal'],
    ['metalcore', 'Metalcore', 'Metalcore', ['punk-rock']],
  ]),
  ...family({ slug: 'folk', fr: 'Folk', en: 'Folk', related: ['rock', 'chanson', 'world'] }, [
    ['celtic', 'Musique celtique', 'Celtic music'],
    ['folk-rock', 'Folk rock', 'Folk rock', ['rock']],
    ['singer-songwriter', 'Auteur-compositeur folk', 'Singer-songwriter'],
    ['musique-trad', 'Musique trad', 'French traditional music'],
    ['bluegrass', 'Bluegrass', 'Bluegrass'],
  ]),
  ...family({ slug: 'reggae', fr: 'Reggae', en: 'Reggae', related: ['world'] }, [
    ['roots-reggae', 'Reggae roots', 'Roots reggae'],
    ['dub', 'Dub', 'Dub', ['drum-and-bass']],
    ['dancehall', 'Dancehall', 'Dancehall'],
    ['ska', 'Ska', 'Ska', ['punk-rock']],
  ]),
  ...family({ slug: 'blues', fr: 'Blues', en: 'Blues', related: ['rock', 'jazz', 'soul-funk'] }, [
    ['delta-blues', 'Delta blues', 'Delta blues'],
    ['chicago-blues', 'Chicago blues', 'Chicago blues'],
    ['blues-rock', 'Blues rock', 'Blues rock', ['rock']],
  ]),
  ...family(
    { slug: 'soul-funk', fr: 'Soul / funk', en: 'Soul / funk', related: ['jazz', 'hip-hop', 'blues'] },
    [
      ['soul', 'Soul', 'Soul'],
      ['funk', 'Funk', 'Funk'],
      ['rnb', 'R&B', 'R&B'],
      ['disco', 'Disco', 'Disco', ['house']],
      ['gospel', 'Gospel', 'Gospel'],
    ],
  ),
];
