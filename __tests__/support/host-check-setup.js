"use strict";
module.exports = require("./host-check").setup;
