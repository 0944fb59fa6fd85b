#include "common/catrust.h"

#include <QSslConfiguration>

#include <algorithm>

namespace dockervm {

bool isUntrustedChain(const QList<QSslError> &errors)
{
    return std::any_of(errors.cbegin(), errors.cend(), [](const QSslError &error) {
        switch (error.error()) {
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
            return true;
        default:
            return false;
        }
    });
}

const QList<QSslCertificate> &systemCaCertificatesOnce()
{
    static const QList<QSslCertificate> cas = QSslConfiguration::systemCaCertificates();
    return cas;
}

} // namespace dockervm
