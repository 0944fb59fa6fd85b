#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace dockervm {

// Extra CAs (--management-ca, a simulator's CA) without reading the system store up front:
// reading it takes 0.25-0.4 s, most of a command's start-up. A client trusts only the extra CAs
// first; when a handshake fails because they cannot vouch for the chain (isUntrustedChain), it
// trusts the system store too (systemCaCertificatesOnce() + the extra CAs) and makes the same
// request again: the handshake failed, so nothing of the request went out.

// The handshake failed because no trusted CA vouches for the chain (not: a wrong name, an
// expired certificate, a revoked one).
bool isUntrustedChain(const QList<QSslError> &errors);

// QSslConfiguration::systemCaCertificates(), read once per process.
const QList<QSslCertificate> &systemCaCertificatesOnce();

} // namespace dockervm
