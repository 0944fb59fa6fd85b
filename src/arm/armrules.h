#pragma once

#include "cloud/vmspec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The input rules of a Docker host on Azure Resource Manager (arm.md §8), one function per field
// so the wizard can check a field live as the user types and the command line can check all at
// once before any request. Every message is translated and names the field, the cause and what
// to do; an empty string means the value is fine.
namespace dockervm::arm::rules {

// DNS label of the public IP: ^[a-z][a-z0-9-]{1,61}[a-z0-9]$ (3-63 characters), unique per
// region (checked by ArmCloud::checkName, not here).
QString validateDnsLabel(const QString &label);
// VM name (also the base of the resource names "<vm>-nsg", "<vm>-vnet", …): 1-64 characters,
// letters, digits and hyphens, starting with a letter, not ending with a hyphen. Empty is fine
// (the DNS label is used).
QString validateVmName(const QString &name);
// Resource group: 1-90 characters of letters, digits, '_', '-', '.', '(' and ')', not ending
// with '.'. Empty is fine (a new group named after the VM).
QString validateResourceGroupName(const QString &name);
// Linux admin user: 1-64 characters, a lower-case letter or '_' first, then lower-case letters,
// digits, '_', '-' or '.'; none of Azure's reserved names (reservedUserNames()), and not "docker"
// (the group the Docker package creates).
QString validateUserName(const QString &name);
QStringList reservedUserNames();
// Linux admin password. Length 12-72: the Compute API takes 6-72 (arm.md §8), the portal and the
// Azure CLI demand at least 12; we take the stricter bounds of both, so a password the portal
// would refuse is never sent and none is longer than the API allows. At least 3 of the 4 classes
// lower-case, upper-case, digit, special ([\W_]); no control characters; not one of the passwords
// Azure bans (bannedPasswords()).
QString validatePassword(const QString &password);
QList<cloud::PasswordRule> passwordChecklist(const QString &password);
QStringList bannedPasswords();
constexpr int kPasswordMin = 12;
constexpr int kPasswordMax = 72;

// An OpenSSH public key as Azure accepts it: ssh-rsa (at least 2048 bits), ssh-ed25519 or
// ecdsa-sha2-nistp256/384/521. The base64 blob is parsed: its inner type must match the line's,
// and the RSA modulus gives the size.
struct SshPublicKey
{
    QString type;    // "ssh-rsa"
    int bits = 0;    // RSA modulus bits; 256 for ed25519; the curve size for ECDSA
    QString comment; // "ada@laptop"
    QString line;    // "<type> <base64> [comment]", normalised to one line: what the VM gets
    QString error;   // translated; empty when usable
    bool ok() const { return error.isEmpty() && !line.isEmpty(); }
};
SshPublicKey parseSshPublicKey(const QByteArray &text);
// Reads and parses a key file; the error names the file (missing, unreadable, a private key
// given by mistake, not a public key, too weak).
SshPublicKey readSshPublicKeyFile(const QString &path);
// ~/.ssh/id_ed25519.pub, id_ecdsa.pub, id_rsa.pub: the first that exists, or empty.
QString defaultSshKeyFile();

// --allow-from: "*" (any address) or an IPv4 range a.b.c.d/n (a single address a.b.c.d is taken
// as /32). The host bits must be zero, as Azure demands of an address prefix.
QString validateAllowFrom(const QString &cidr);
// The SSH rule's port: on ARM a public IP does not translate ports, so the NSG can only usefully
// open the port sshd listens on (22); 0 means no SSH rule at all.
QString validateSshPort(int port);
QString validateDockerPort(int dockerPort, int sshPort);

// Every rule at once (the SSH key file is read when sshPublicKey is empty).
QList<cloud::FieldError> validate(const cloud::VmSpec &spec);
// One field's rule (empty: fine).
QString validateField(cloud::FieldError::Field field, const cloud::VmSpec &spec);

} // namespace dockervm::arm::rules
