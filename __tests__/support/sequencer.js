// The order jest starts test files in, for `npm test`'s workers: the longest first,
// so that the run does not end waiting on one long file started last. Lengths are the
// seconds a file took in a whole run (durations.json, from the timing reporter's
// list; a file not in it counts as short), whatever jest's own cache holds: a fresh
// clone has none. Ties keep the path order, so the order is the same every run.
"use strict";
const Sequencer = require("@jest/test-sequencer").default;
const { relative } = require("node:path");
const durations = require("./durations.json");

class LongestFirst extends Sequencer {
  sort(tests) {
    const root = require("node:path").join(__dirname, "..", "..");
    const seconds = (t) => durations[relative(root, t.path)] ?? 0;
    return [...tests].sort((a, b) => seconds(b) - seconds(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}

module.exports = LongestFirst;
