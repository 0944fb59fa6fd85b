// libFuzzer target: arm::yaml, the reader of cloud-config user data (the simulators read every
// customData a client sends with it) and the writer. Property: whatever the reader accepts, the
// writer writes in a form the reader reads back as the same tree; whatever it refuses carries a
// message.
#include "fuzz_common.h"

#include "arm/yaml.h"

DOCKERVM_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dockervm::arm;
    const QByteArray text = dockervm::fuzz::bytes(data, size);
    yaml::ReadError error;
    const auto tree = yaml::read(text, &error);
    if (!tree) {
        if (error.message.isEmpty())
            __builtin_trap();
        (void)yaml::describe(error);
        return 0;
    }
    (void)tree->toJsonText();
    const QByteArray written = yaml::write(*tree);
    const auto back = yaml::read(written, &error);
    if (!back || *back != *tree)
        __builtin_trap();
    return 0;
}
