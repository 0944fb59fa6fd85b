#pragma once

#include "certs/x509.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dockervm::cloud {

enum class ExtensionSchema {
    Classic, // MSOpenTech.Extensions / DockerExtension 0.x, as the 2014 article
    V1,      // Microsoft.Azure.Extensions / DockerExtension 1.*
};

// Everything a create run needs, as one value, for both clouds (cloud/cloud.h says which
// defaults and rules apply). Fields marked ARM are ignored by the classic cloud.
struct VmSpec
{
    QString dnsName;   // classic: cloud service name (<dnsName>.cloudapp.net); ARM: DNS label
    QString vmName;    // role / VM name; empty means dnsName
    QString location;  // classic "West US"; ARM "westus"
    QString imageName; // classic: OS image Name; ARM: URN publisher:offer:sku:version
    QString size = QStringLiteral("Small");
    QString userName;
    QString password; // secret: never logged, never on a command line
    int sshPort = 22; // public SSH endpoint port (local 22); 0 = no SSH endpoint
    int dockerPort = 4243;
    QString certDir; // empty means ~/.docker
    ExtensionSchema extension = ExtensionSchema::Classic;
    certs::KeyType keyType = certs::KeyType::Rsa4096;
    QString dnsSuffix = QStringLiteral("cloudapp.net"); // ARM: "<region>.cloudapp.azure.com"
    // ARM only.
    QString resourceGroup; // empty: a new group named after the VM (removed on rollback)
    QString sshPublicKey;  // OpenSSH public key line; with it, password sign-in is off
    QString sshKeyFile;    // where the key came from, for messages and the journal
    QString allowFrom = QStringLiteral("*"); // source address range for the SSH and Docker ports
    // Swarm (issue 11): number of hosts and managers; 1 = the single host of the article.
    int nodes = 1;
    int managers = 1;

    QString effectiveVmName() const { return vmName.isEmpty() ? dnsName : vmName; }
    QString hostName() const { return dnsName + QLatin1Char('.') + dnsSuffix; }
    QString effectiveCertDir() const;
};

QString extensionSchemaId(ExtensionSchema schema); // "classic" / "1.x"

// One rule the input breaks, tied to the field it is about, so the wizard can show the message
// next to that field and the command line can print it.
struct FieldError
{
    enum class Field {
        DnsName,
        VmName,
        Location,
        Image,
        Size,
        UserName,
        Password,
        SshPort,
        DockerPort,
        CertDir,
        ResourceGroup,
        SshKey,
        AllowFrom,
        Nodes,
    };
    Field field;
    QString message;
};

// The article's password rule, as a checklist the wizard shows live.
struct PasswordRule
{
    QString description;
    bool satisfied = false;
};

QList<PasswordRule> passwordChecklist(const QString &password);
QString passwordSpecials(); // "!@#$%^&+="

// nullopt-style: empty string when valid, else a translated message naming the rule.
QString validateDnsName(const QString &name);
QString validateVmName(const QString &name);
QString validateUserName(const QString &name);
QString validatePassword(const QString &password);
QString validatePort(int port, bool allowZero);
QStringList reservedUserNames();
QStringList roleSizes(); // ExtraSmall, Small, Medium, Large, ExtraLarge, A5..., Basic_A0...

// All rules at once, before any request is sent.
QList<FieldError> validate(const VmSpec &spec);

} // namespace dockervm::cloud
