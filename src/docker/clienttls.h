#pragma once

#include "docker/probereport.h"

#include <QSslConfiguration>
#include <QString>

namespace dockervm::docker {

// The client side of Docker's mutual TLS, loaded from a certificate folder: ca.pem (verify mode
// only), cert.pem and key.pem, as `docker --tlsverify` reads them.
struct ClientTls
{
    QSslConfiguration withCertificate;    // our cert.pem and key.pem, trust as the mode says
    QSslConfiguration withoutCertificate; // the same trust, no client certificate
    QString clientCertText;               // "CN=client, issued by CN=Docker VM CA"
    QString caText;                       // "CN=Docker VM CA, SHA-256 AB:CD:…" (verify mode)
};

// Reads and checks the files in options.certDir for options.mode. True with *detail describing
// what was loaded; false with *detail naming every problem and the next step.
bool loadClientTls(const ProbeOptions &options, ClientTls *tls, QString *detail);

} // namespace dockervm::docker
