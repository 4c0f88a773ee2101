// A user's module on the module path, compiled and run by ModulePathTest.
module dev.benchgate.smoke {
  requires dev.benchgate.testing;
  requires dev.benchgate.assertj;
  requires static dev.benchgate.junit;
}
