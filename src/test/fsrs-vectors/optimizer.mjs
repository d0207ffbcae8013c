// Synthetic review logs and the parameters fsrs-rs fits to them: the expectations of
// dca.srs.FsrsOptimizerOracleTest.
//
//   cd src/test/fsrs-vectors && npm ci && npm run optimizer
//
// Each case is one simulated student: memory follows FSRS-6 with known, non-default weights
// (ts-fsrs with those weights keeps the true memory state); cards are scheduled by ts-fsrs with
// its defaults, as dca schedules them; whether a review is recalled is drawn from the true model.
// The log is written as it would be recorded (card, instant, rating). fsrs-rs
// (@open-spaced-repetition/binding, the optimizer Anki uses) is then given the time-ordered first
// three quarters of the items and evaluated on the last quarter, with its fitted weights and with
// the defaults. Writes ../resources/dca/srs/optimizer/<name>.json.gz. Deterministic except for
// the recorded fsrs-rs timings.
//
//   node optimizer.mjs --bench N SEED    prints a log of exactly N reviews (for bench/optimize)
//   node optimizer.mjs --time RUNS LOG   fsrs-rs's fitting time on such a log, median of RUNS
import { fsrs, createEmptyCard, generatorParameters, default_w } from 'ts-fsrs';
import { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from '@open-spaced-repetition/binding';
import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const MINUTE = 60_000;
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 5);

// mulberry32: small, seedable, good enough to drive a simulation.
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

// Two students far enough from the defaults that fitting matters: one forgets fast (low initial
// stabilities, slow growth, a steep curve), one remembers well.
const STUDENTS = [
  [0.15, 0.6, 1.2, 4.5, 7.2, 0.5, 2.5, 0.02, 1.1, 0.2, 1.1, 2.2, 0.1, 0.45, 1.4, 0.4, 2.2, 0.6, 0.3, 0.1, 0.45],
  [1.5, 4.0, 9.0, 30.0, 5.0, 1.2, 1.2, 0.05, 1.9, 0.1, 1.4, 1.0, 0.12, 0.4, 1.0, 0.3, 2.0, 0.3, 0.5, 0.2, 0.12],
];

/**
 * One student's log: `cards` cards introduced over the first 60 % of `days` days, one session a
 * day (a day missed now and then), every due card answered, learning steps within the session.
 */
function simulate({ cards, days, seed, student }) {
  const rand = rng(seed);
  const trueW = STUDENTS[student];
  const scheduler = fsrs(generatorParameters({ enable_fuzz: true, enable_short_term: true }));
  const memory = fsrs(generatorParameters({ w: trueW, enable_fuzz: false, enable_short_term: true }));
  const decay = -trueW[20];
  const factor = Math.pow(0.9, 1 / decay) - 1;
  const newPerDay = Math.ceil(cards / Math.max(1, Math.floor(days * 0.6)));
  const deck = []; // {sched, mind, log: [[seconds, rating]]}
  const queue = new Heap((a, b) => a.sched.due.getTime() - b.sched.due.getTime() || a.order - b.order);
  let introduced = 0;
  for (let day = 0; day < days; day++) {
    if (rand() < 0.08) continue; // a day off: tomorrow's reviews are overdue
    let clock = START + day * DAY + (8 * 60 + Math.floor(rand() * 12 * 60)) * MINUTE;
    const endOfDay = START + (day + 1) * DAY;
    for (let k = 0; k < newPerDay && introduced < cards; k++, introduced++) {
      const now = new Date(clock);
      const card = { sched: createEmptyCard(now), mind: createEmptyCard(now), log: [], fresh: true, order: deck.length };
      deck.push(card);
      queue.push(card);
    }
    // Answer whatever is due, soonest first, until nothing more falls due today.
    while (queue.size() > 0 && queue.peek().sched.due.getTime() < endOfDay) {
      const next = queue.pop();
      clock = Math.max(clock, next.sched.due.getTime()) + (5 + Math.floor(rand() * 20)) * 1000;
      if (clock >= endOfDay) {
        queue.push(next);
        break;
      }
      const now = new Date(clock);
      const rating = answer(next, now, rand, factor, decay);
      next.sched = scheduler.next(next.sched, now, rating).card;
      next.mind = memory.next(next.mind, now, rating).card;
      next.log.push([Math.round((clock - START) / 1000), rating]);
      next.fresh = false;
      queue.push(next);
    }
  }
  return { trueW, log: deck.map((c) => c.log).filter((l) => l.length > 0) };
}

/** A binary min-heap. */
class Heap {
  constructor(less) { this.less = less; this.a = []; }
  size() { return this.a.length; }
  peek() { return this.a[0]; }
  push(x) {
    const a = this.a;
    a.push(x);
    for (let i = a.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (this.less(a[i], a[p]) >= 0) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l], a[m]) < 0) m = l;
        if (r < a.length && this.less(a[r], a[m]) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

/** The rating: the first sight of a card is a guess; after that recall is drawn from the true memory. */
function answer(card, now, rand, factor, decay) {
  const x = rand();
  if (card.fresh) return x < 0.25 ? 1 : x < 0.4 ? 2 : x < 0.9 ? 3 : 4;
  const last = card.mind.last_review.getTime();
  // Whole UTC days, as FSRS counts them; within a day the curve is followed by the hour.
  const days = Math.floor(now.getTime() / DAY) - Math.floor(last / DAY);
  const elapsed = days >= 1 ? days : (now.getTime() - last) / DAY;
  const r = Math.pow(1 + factor * elapsed / card.mind.stability, decay);
  if (x >= r) return 1;
  const y = rand();
  return y < 0.1 ? 2 : y < 0.9 ? 3 : 4;
}

/** fsrs-rs items: for each review a day or more after the previous one, the card's history up to it. */
function items(log) {
  const out = [];
  for (const reviews of log) {
    let prevDay = null;
    const history = [];
    for (const [seconds, rating] of reviews) {
      const day = Math.floor((START + seconds * 1000) / DAY);
      const delta = prevDay === null ? 0 : day - prevDay;
      history.push([rating, delta]);
      if (delta >= 1) out.push({ at: seconds, reviews: history.slice() });
      prevDay = day;
    }
  }
  // Time order (stable: cards in log order, then review order), as fsrs-rs's recency weighting expects.
  out.sort((a, b) => a.at - b.at);
  return out;
}

const pairs = (flat) => {
  const out = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i], flat[i + 1]]);
  return out;
};

const binding = (list) => list.map((it) => new FSRSBindingItem(it.reviews.map(([r, d]) => new FSRSBindingReview(r, d))));

async function fit(list) {
  const t0 = process.hrtime.bigint();
  const w = await computeParameters(binding(list), { enableShortTerm: true, timeout: 1 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { w, ms };
}

function evaluate(w, list) {
  const e = new FSRSBinding(w).evaluate(binding(list));
  return { logLoss: e.logLoss, rmseBins: e.rmseBins };
}

const CASES = [
  { name: 'cards300-days60-seed1', cards: 300, days: 60, seed: 1, student: 0 },
  { name: 'cards300-days60-seed2', cards: 300, days: 60, seed: 2, student: 1 },
  { name: 'cards1000-days120-seed3', cards: 1000, days: 120, seed: 3, student: 0 },
  { name: 'cards1000-days120-seed4', cards: 1000, days: 120, seed: 4, student: 1 },
  { name: 'cards3000-days365-seed5', cards: 3000, days: 365, seed: 5, student: 1 },
  { name: 'cards3000-days365-seed6', cards: 3000, days: 365, seed: 6, student: 0 },
];

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--bench') {
    // Exactly N reviews: a year's log (or two) of enough cards, cut at its N-th review.
    const n = Number(args[1]);
    const seed = Number(args[2] ?? 7);
    for (let cards = Math.max(20, Math.ceil(n / 12)); ; cards *= 2) {
      const { log } = simulate({ cards, days: n <= 2000 ? 120 : 365, seed, student: 0 });
      const times = log.flatMap((l) => l.map(([t]) => t)).sort((a, b) => a - b);
      if (times.length < n) continue;
      const cut = times[n - 1];
      const kept = log.map((l) => l.filter(([t]) => t <= cut)).filter((l) => l.length > 0);
      process.stdout.write(JSON.stringify({ start: new Date(START).toISOString(), reviews: n, log: kept.map((l) => l.flat()) }) + '\n');
      return;
    }
  }
  if (args[0] === '--time') {
    const runs = Number(args[1]);
    const { log } = JSON.parse(readFileSync(args[2], 'utf8'));
    const times = [];
    let count = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = process.hrtime.bigint();
      const list = items(log.map((flat) => pairs(flat)));
      await computeParameters(binding(list), { enableShortTerm: true, timeout: 1 });
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      count = list.length;
    }
    const rest = times.slice(runs > 1 ? 1 : 0).sort((a, b) => a - b);
    const reviews = log.reduce((n, l) => n + l.length / 2, 0);
    process.stdout.write(`fsrs-rs ${reviews} reviews ${count} items first ${times[0].toFixed(0)} ms median ${rest[rest.length >> 1].toFixed(0)} ms\n`);
    return;
  }
  const version = JSON.parse(readFileSync(new URL('node_modules/@open-spaced-repetition/binding/package.json', import.meta.url))).version;
  const dir = new URL('../resources/dca/srs/optimizer/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  for (const c of CASES) {
    const { trueW, log } = simulate(c);
    const all = items(log);
    const trainCount = all.length - Math.floor(all.length / 4);
    const train = all.slice(0, trainCount);
    const test = all.slice(trainCount);
    const { w, ms } = await fit(train);
    const result = {
      generator: 'src/test/fsrs-vectors/optimizer.mjs',
      binding: version,
      case: c,
      start: new Date(START).toISOString(),
      trueWeights: trueW,
      defaultWeights: default_w,
      reviews: log.reduce((n, l) => n + l.length, 0),
      items: { all: all.length, train: train.length, test: test.length },
      fsrsRs: {
        weights: w,
        fitMs: Math.round(ms),
        heldOut: evaluate(w, test),
        heldOutDefaults: evaluate(default_w, test),
        heldOutTrue: evaluate(trueW, test),
      },
      // Per card: seconds since start and rating, alternating.
      log: log.map((l) => l.flat()),
    };
    const json = JSON.stringify(result);
    writeFileSync(new URL(`${c.name}.json.gz`, dir), gzipSync(json, { level: 9 }));
    process.stderr.write(`${c.name}: ${result.reviews} reviews, ${all.length} items, fsrs-rs ${Math.round(ms)} ms, `
      + `held-out log loss ${result.fsrsRs.heldOut.logLoss.toFixed(4)} (defaults ${result.fsrsRs.heldOutDefaults.logLoss.toFixed(4)}, true ${result.fsrsRs.heldOutTrue.logLoss.toFixed(4)})\n`);
  }
}

await main();
