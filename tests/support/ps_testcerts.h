#pragma once

// Test helpers for PKCS#12 and .publishsettings tests (prefix ps_): self-signed certificates made
// with OpenSSL directly (so validity dates can be in the past or future), the `openssl` command
// for reference PKCS#12 files, and builders of publish settings XML.

#include "classic/subscription.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace dockervm::testsupport {

enum class PsKeyKind { Rsa2048, EcP256 };

struct PsKeyPair
{
    QByteArray certPem;
    QByteArray keyPem; // unencrypted PKCS#8
};

// A self-signed certificate valid from now + startOffsetDays for validDays days. Keys are cached
// per kind unless freshKey is set (RSA generation is slow in debug builds).
PsKeyPair psSelfSigned(const QString &commonName, PsKeyKind kind = PsKeyKind::Rsa2048,
                       int startOffsetDays = -1, int validDays = 365, bool freshKey = false);

// The Subscription value for a key pair.
classic::Subscription psSubscription(const QString &id, const QString &name,
                                     const QString &endpoint, const PsKeyPair &pair);

// Runs `openssl args...` with stdin; returns true on exit code 0. *out gets stdout+stderr.
bool psRunOpenssl(const QStringList &args, QByteArray *out, const QByteArray &stdinData = {});

// `openssl pkcs12 -export` of the pair in dir, with extra arguments (e.g. "-legacy") and a
// password ("" for an empty one). Returns DER, or empty with *error set.
QByteArray psOpensslPkcs12(const QString &dir, const PsKeyPair &pair, const QStringList &extraArgs,
                           const QString &password, QString *error);

// A PKCS#12 assembled bag by bag with an empty ("") password, so it may hold a certificate and
// a key that do not belong together, or only one of them.
QByteArray psRawPkcs12(const QByteArray &certPem, const QByteArray &keyPem);

struct PsSub
{
    QString id;
    QString name;
    QString url;         // ServiceManagementUrl (schema 2.0); empty: omitted
    QString certificate; // base64 ManagementCertificate on the subscription; empty: omitted
};

// <PublishData><PublishProfile Url=.. ManagementCertificate=..> <Subscription Id Name/>...
QByteArray psSchema1(const QString &url, const QString &certBase64, const QList<PsSub> &subs);
// <PublishProfile SchemaVersion="2.0"> with per-subscription url and certificate.
QByteArray psSchema2(const QList<PsSub> &subs);

// Base64 of an `openssl pkcs12 -export -legacy` file of the pair (made in a temporary dir).
QString psLegacyBase64(const PsKeyPair &pair);

} // namespace dockervm::testsupport
