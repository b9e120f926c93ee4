#ifndef C_FUZZER_DRIVER_H
#define C_FUZZER_DRIVER_H

/// Runs libFuzzer on LLVMFuzzerTestOneInput (defined by the fuzz target with @_cdecl).
/// SwiftPM links an executable with `main` aliased to `<Module>_main`; a fuzz target defines
/// that symbol and calls this, which hands over to libFuzzer's driver.
int report_site_fuzzer_main(int argc, char **argv);

#endif
