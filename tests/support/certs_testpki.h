#pragma once

#include "certs/x509.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

// A throwaway PKI for tests: a CA, a server certificate for the given names/IPs and a client
// certificate, written as Docker names them into one directory. Made with certs/x509.h.
struct TestPki
{
    QString dir;
    QString caCertPath;     // <dir>/ca.pem
    QString caKeyPath;      // <dir>/ca-key.pem
    QString serverCertPath; // <dir>/server-cert.pem
    QString serverKeyPath;  // <dir>/server-key.pem
    QString clientCertPath; // <dir>/cert.pem
    QString clientKeyPath;  // <dir>/key.pem

    dockervm::certs::IssuedCertificate ca;
    dockervm::certs::IssuedCertificate server;
    dockervm::certs::IssuedCertificate client;

    // Creates dir if needed and writes the six files (keys 0600). Returns false with *error set.
    bool create(const QString &directory, const QStringList &dnsNames,
                const QList<QHostAddress> &ips,
                dockervm::certs::KeyType type = dockervm::certs::KeyType::EcdsaP256,
                int validityDays = 30, QString *error = nullptr);
};
