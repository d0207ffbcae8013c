// Golden vectors for dca.srs.Fsrs, computed by the reference implementation ts-fsrs.
//
//   cd src/test/fsrs-vectors && npm ci && npm run generate
//
// Writes ../resources/dca/srs/fsrs-vectors.json. Deterministic: a seeded RNG picks the ratings and
// review instants (same minute, same UTC day, across midnight, early, on time, late, months late),
// so rerunning reproduces the file byte for byte.
import { fsrs, createEmptyCard, generatorParameters, StrategyMode, FSRSVersion, default_w } from 'ts-fsrs';

const SEED = 20261123;
const MINUTE = 60_000;
const DAY = 86_400_000;

// mulberry32: small, seedable, good enough to spread test cases.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(SEED);
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

function cardId() {
  let s = '';
  for (let i = 0; i < 12; i++) s += '0123456789abcdef'[int(0, 15)];
  return s;
}

function rating() {
  // Mostly Good, as in real study; enough Again/Hard/Easy to reach every branch.
  const x = rand();
  return x < 0.2 ? 1 : x < 0.35 ? 2 : x < 0.85 ? 3 : 4;
}

/** The next review instant after `card` was last reviewed at `last`. */
function nextInstant(card, last) {
  const due = card.due.getTime();
  const kind = pick(['sameMinute', 'minutes', 'onDue', 'onDue', 'early', 'late', 'late', 'sameDay', 'pastMidnight', 'longLate']);
  let t;
  switch (kind) {
    case 'sameMinute': t = last + int(0, 59_999); break;
    case 'minutes': t = last + int(1, 180) * MINUTE + int(0, 999); break;
    case 'onDue': t = due; break;
    case 'early': t = last + Math.floor((due - last) * rand()); break;
    case 'late': t = due + Math.floor(rand() * Math.max(DAY, (due - last) * 2)); break;
    case 'sameDay': {
      const midnight = Math.floor(last / DAY) * DAY;
      t = Math.max(last, midnight + int(0, DAY - 1));
      break;
    }
    case 'pastMidnight': t = (Math.floor(last / DAY) + int(1, 3)) * DAY + int(0, 5 * MINUTE); break;
    case 'longLate': t = due + int(30, 800) * DAY + int(0, DAY - 1); break;
  }
  return { at: Math.max(t, last), kind };
}

// One card after a review, as an array (the file stays small): see FIELDS below.
// Its last review is always the review's own instant, so it is not repeated.
const FIELDS = ['state', 'step', 'stability', 'difficulty', 'due', 'scheduledDays', 'reps', 'lapses'];
function snapshot(c) {
  return [c.state, c.learning_steps, c.stability, c.difficulty, c.due.toISOString(), c.scheduled_days, c.reps, c.lapses];
}

function scheduler(p) {
  const f = fsrs(generatorParameters({
    request_retention: p.retention,
    enable_fuzz: p.fuzz,
    enable_short_term: p.shortTerm,
  }));
  // dca seeds the fuzz with "<card id>:<review count after this review>" (Fsrs.fuzzSeed).
  f.useStrategy(StrategyMode.SEED, function () {
    return `${this.current.cid}:${this.current.reps}`;
  });
  return f;
}

function sequence(p, withPreview) {
  const f = scheduler(p);
  const id = cardId();
  const start = Date.UTC(2024, 0, 1) + int(0, 3 * 365) * DAY + int(0, DAY - 1);
  let card = { ...createEmptyCard(new Date(start)), cid: id };
  let last = start;
  const reviews = [];
  const n = int(1, 14);
  for (let i = 0; i < n; i++) {
    const { at, kind } = i === 0 ? { at: start, kind: 'first' } : nextInstant(card, last);
    const g = rating();
    const now = new Date(at);
    const r = f.get_retrievability(card, now, false);
    const preview = f.repeat(card, now);
    const next = f.next(card, now, g).card;
    if (next.last_review.getTime() !== at) throw new Error('last_review is not the review instant');
    const review = { at: now.toISOString(), kind, rating: g, retrievability: r, expect: snapshot(next) };
    if (withPreview) review.preview = [1, 2, 3, 4].map((k) => snapshot(preview[k].card));
    reviews.push(review);
    card = next;
    last = at;
  }
  return { id, params: p, reviews };
}

const cases = [];
const defaults = { retention: 0.9, fuzz: false, shortTerm: true };
for (let i = 0; i < 1200; i++) cases.push(sequence(defaults, i < 150));
for (let i = 0; i < 300; i++) cases.push(sequence({ ...defaults, fuzz: true }, i < 50));
for (let i = 0; i < 150; i++) cases.push(sequence({ ...defaults, retention: pick([0.7, 0.8, 0.85, 0.95, 0.99]) }));
for (let i = 0; i < 100; i++) cases.push(sequence({ ...defaults, shortTerm: false, fuzz: rand() < 0.5 }));

process.stdout.write(JSON.stringify({
  generator: 'src/test/fsrs-vectors/generate.mjs',
  tsFsrs: FSRSVersion,
  seed: SEED,
  defaultWeights: default_w,
  fields: FIELDS,
  cases,
}, null, 0).replace(/\{"id"/g, '\n{"id"') + '\n');
