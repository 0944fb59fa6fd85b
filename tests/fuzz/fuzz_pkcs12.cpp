// libFuzzer target: importPkcs12 over arbitrary DER, with the empty password (as .publishsettings
// certificates are) and, for inputs that start with 0xFF, with a password taken from the input.
#include "fuzz_common.h"

#include "classic/pkcs12.h"

DOCKERVM_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dockervm::classic;
    QByteArray der = dockervm::fuzz::bytes(data, size);
    QByteArray password;
    if (size > 2 && data[0] == 0xFF) {
        const size_t n = std::min<size_t>(data[1], size - 2);
        password = QByteArray(reinterpret_cast<const char *>(data) + 2, qsizetype(n));
        der = dockervm::fuzz::bytes(data + 2 + n, size - 2 - n);
    }
    QString error;
    Pkcs12Error code = Pkcs12Error::None;
    const auto contents = importPkcs12(der, password, &error, &code);
    if (contents) {
        if (code != Pkcs12Error::None || contents->certificate.isNull() ||
            contents->privateKey.isNull())
            __builtin_trap();
    } else if (code == Pkcs12Error::None || error.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
