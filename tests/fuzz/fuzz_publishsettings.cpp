// libFuzzer target: PublishSettings::parse over arbitrary bytes (the whole .publishsettings path:
// XML, attributes, base64, the PKCS#12 inside, endpoints).
#include "fuzz_common.h"

#include "classic/publishsettings.h"

DOCKERVM_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dockervm::classic;
    const PublishSettingsResult r = PublishSettings::parse(dockervm::fuzz::bytes(data, size));
    // Every outcome is either a list of usable subscriptions or one error with a message.
    if (r.ok()) {
        for (const Subscription &s : r.subscriptions) {
            if (s.id.isEmpty() || s.certificate.isNull() || s.privateKey.isNull())
                __builtin_trap();
        }
    } else if (r.errorMessage.isEmpty() || !r.subscriptions.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
