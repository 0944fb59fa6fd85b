#pragma once

// Shared by the libFuzzer targets: a QCoreApplication (Qt's TLS backend and translations expect
// one) and the input as a QByteArray without a copy.
#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace dockervm::fuzz {

inline void initQt(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    Q_UNUSED(app);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace dockervm::fuzz

#define DOCKERVM_FUZZ_INIT                                                                         \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                   \
    {                                                                                              \
        dockervm::fuzz::initQt(argc, argv);                                                        \
        return 0;                                                                                  \
    }
