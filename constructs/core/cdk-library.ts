// The CDK core library of the user's app, cdktf or CDK Terrain (cdktn), as one
// module. The compiled package loads this module wherever its sources import
// "cdktf" (tools/build-package.ts rewrites those requires, the generated
// bindings' too), so every class hyperlab makes extends the classes of the App
// the user made: a resource class of one library inside the other's App fails
// at synth. In this repository the sources run as TypeScript and import cdktf.
import { loadedCdkLibrary } from "./cdk-choice";

module.exports = require(loadedCdkLibrary());
