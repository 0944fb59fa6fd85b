#include "cloud/journal.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace dockervm::cloud {
namespace {

template <typename E>
E fromId(const QString &id, std::initializer_list<std::pair<const char *, E>> table, E fallback)
{
    for (const auto &[name, value] : table) {
        if (id == QLatin1String(name))
            return value;
    }
    return fallback;
}

// The one table of resource kinds (see Journal::KindInfo).
const Journal::KindInfo kKindTable[] = {
    {Journal::Kind::StorageAccount, "storage-account",
     QT_TRANSLATE_NOOP("dockervm::cloud::Journal", "storage account %1"),
     Journal::Removal::AzureDelete, "services/storageservices/%1", ""},
    {Journal::Kind::CloudService, "cloud-service",
     QT_TRANSLATE_NOOP("dockervm::cloud::Journal", "cloud service %1"),
     Journal::Removal::AzureDelete, "services/hostedservices/%1?comp=media", ""},
    {Journal::Kind::Deployment, "deployment",
     QT_TRANSLATE_NOOP("dockervm::cloud::Journal", "VM deployment %1"),
     Journal::Removal::AzureDelete, "services/hostedservices/%2/deployments/%1?comp=media", ""},
    {Journal::Kind::File, "file", QT_TRANSLATE_NOOP("dockervm::cloud::Journal", "file %1"),
     Journal::Removal::OwnFile, "", ""},
    {Journal::Kind::Folder, "folder", QT_TRANSLATE_NOOP("dockervm::cloud::Journal", "folder %1"),
     Journal::Removal::EmptyFolder, "", ""},
    {Journal::Kind::ResourceGroup, "resource-group",
     QT_TRANSLATE_NOOP("dockervm::cloud::Journal", "resource group %1"),
     Journal::Removal::ArmDelete, "", "resourceGroups"},
    {Journal::Kind::NetworkSecurityGroup, "network-security-group",
     QT_TRANSLATE_NOOP("dockervm::cloud::Journal", "network security group %1"),
     Journal::Removal::ArmDelete, "", "Microsoft.Network/networkSecurityGroups"},
    {Journal::Kind::VirtualNetwork, "virtual-network",
     QT_TRANSLATE_NOOP("dockervm::cloud::Journal", "virtual network %1"),
     Journal::Removal::ArmDelete, "", "Microsoft.Network/virtualNetworks"},
    {Journal::Kind::PublicIpAddress, "public-ip",
     QT_TRANSLATE_NOOP("dockervm::cloud::Journal", "public IP address %1"),
     Journal::Removal::ArmDelete, "", "Microsoft.Network/publicIPAddresses"},
    {Journal::Kind::NetworkInterface, "network-interface",
     QT_TRANSLATE_NOOP("dockervm::cloud::Journal", "network interface %1"),
     Journal::Removal::ArmDelete, "", "Microsoft.Network/networkInterfaces"},
    {Journal::Kind::VirtualMachine, "virtual-machine",
     QT_TRANSLATE_NOOP("dockervm::cloud::Journal", "virtual machine %1"),
     Journal::Removal::ArmDelete, "", "Microsoft.Compute/virtualMachines"},
    // Classic multi-host runs: a role added to the deployment (named after its cloud service).
    {Journal::Kind::Role, "role", QT_TRANSLATE_NOOP("dockervm::cloud::Journal", "VM role %1"),
     Journal::Removal::AzureDelete, "services/hostedservices/%2/deployments/%2/roles/%1?comp=media",
     ""},
};

Journal::Kind journalKindFromId(const QString &id)
{
    for (const Journal::KindInfo &k : kKindTable) {
        if (id == QLatin1String(k.id))
            return k.kind;
    }
    return Journal::Kind::File;
}
const std::initializer_list<std::pair<const char *, Journal::State>> kStates = {
    {"planned", Journal::State::Planned},
    {"created", Journal::State::Created},
    {"removed", Journal::State::Removed},
    {"remove-failed", Journal::State::RemoveFailed},
    {"kept", Journal::State::Kept}};
const std::initializer_list<std::pair<const char *, Journal::Outcome>> kOutcomes = {
    {"running", Journal::Outcome::Running},
    {"succeeded", Journal::Outcome::Succeeded},
    {"rolled-back", Journal::Outcome::RolledBack},
    {"failed", Journal::Outcome::Failed}};

template <typename E> QString toId(E value, std::initializer_list<std::pair<const char *, E>> table)
{
    for (const auto &[name, v] : table) {
        if (v == value)
            return QLatin1String(name);
    }
    return {};
}

} // namespace

const Journal::KindInfo &Journal::kindInfo(Kind kind)
{
    for (const KindInfo &k : kKindTable) {
        if (k.kind == kind)
            return k;
    }
    return kKindTable[0]; // unreachable: every Kind has a row
}

QString Journal::describe(const Entry &entry)
{
    const KindInfo &k = kindInfo(entry.kind);
    QString name = entry.name;
    if (entry.kind == Kind::File || entry.kind == Kind::Folder)
        name = QDir::toNativeSeparators(entry.name);
    else if (k.removal == Removal::ArmDelete)
        name = entry.name.section(QLatin1Char('/'), -1); // the id's last segment
    return QCoreApplication::translate("dockervm::cloud::Journal", k.label).arg(name);
}

QString Journal::deletePath(const Entry &entry)
{
    const KindInfo &k = kindInfo(entry.kind);
    if (k.removal != Removal::AzureDelete)
        return {};
    QString path = QString::fromLatin1(k.deletePath).arg(entry.name);
    if (path.contains(QLatin1String("%2")))
        path = path.arg(entry.parent);
    return path;
}

QString Journal::kindId(Kind kind)
{
    return QLatin1String(kindInfo(kind).id);
}
QString Journal::stateId(State state)
{
    return toId(state, kStates);
}
QString Journal::outcomeId(Outcome outcome)
{
    return toId(outcome, kOutcomes);
}

void Journal::setCloud(cloud::Kind cloud, const QString &accountId)
{
    m_cloud = cloud;
    m_accountId = accountId;
}

QString Journal::defaultDirectory()
{
    const QString base = qEnvironmentVariableIsSet("DOCKERVM_DATA_DIR")
                             ? qEnvironmentVariable("DOCKERVM_DATA_DIR")
                             : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("journal"));
}

Journal::Journal(const QString &directory, const VmSpec &spec, const QString &subscriptionId)
    : m_spec(spec), m_subscriptionId(subscriptionId), m_started(QDateTime::currentDateTimeUtc())
{
    m_spec.password.clear();
    const QString dir = directory.isEmpty() ? defaultDirectory() : directory;
    m_path = QDir(dir).filePath(spec.dnsName + QStringLiteral(".json"));
}

void Journal::setOperation(Operation operation)
{
    m_operation = operation;
    const QString dir = QFileInfo(m_path).absolutePath();
    m_path = QDir(dir).filePath(m_spec.dnsName + (operation == Operation::SwarmAdd
                                                      ? QStringLiteral("-swarm-add.json")
                                                      : QStringLiteral(".json")));
}

bool Journal::begin(QString *error)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("Journal", "Cannot create the folder %1 for the "
                                                            "provisioning journal.")
                         .arg(info.absolutePath());
        return false;
    }
    QFile::setPermissions(info.absolutePath(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_outcome = Outcome::Running;
    m_entries.clear();
    return save(error);
}

bool Journal::record(Kind kind, const QString &name, State state, QString *error,
                     const QString &parent, const QString &detail, const QByteArray &sha256)
{
    auto it = std::find_if(m_entries.begin(), m_entries.end(),
                           [&](const Entry &e) { return e.kind == kind && e.name == name; });
    if (it == m_entries.end()) {
        m_entries.append(
            {kind, name, parent, state, QDateTime::currentDateTimeUtc(), detail, sha256});
    } else {
        it->state = state;
        it->changed = QDateTime::currentDateTimeUtc();
        it->detail = detail;
        if (!parent.isEmpty())
            it->parent = parent;
        if (!sha256.isEmpty())
            it->sha256 = sha256;
    }
    qCDebug(lcProvision) << "journal" << kindId(kind) << name << stateId(state);
    return save(error);
}

bool Journal::setOutcome(Outcome outcome, QString *error)
{
    m_outcome = outcome;
    return save(error);
}

bool Journal::remove(QString *error)
{
    if (QFile::exists(m_path) && !QFile::remove(m_path)) {
        if (error)
            *error = QCoreApplication::translate("Journal", "Cannot remove %1.").arg(m_path);
        return false;
    }
    return true;
}

QList<Journal::Entry> Journal::leftovers() const
{
    QList<Entry> out;
    for (const Entry &e : m_entries) {
        // A planned entry may exist too: the request may have reached Azure before a crash.
        if (e.state == State::Created || e.state == State::RemoveFailed ||
            e.state == State::Planned)
            out.prepend(e);
    }
    return out;
}

QJsonObject Journal::toJson() const
{
    QJsonArray entries;
    for (const Entry &e : m_entries) {
        QJsonObject o{{QStringLiteral("kind"), kindId(e.kind)},
                      {QStringLiteral("name"), e.name},
                      {QStringLiteral("parent"), e.parent},
                      {QStringLiteral("state"), stateId(e.state)},
                      {QStringLiteral("changed"), e.changed.toString(Qt::ISODate)},
                      {QStringLiteral("detail"), e.detail}};
        if (!e.sha256.isEmpty())
            o.insert(QStringLiteral("sha256"), QString::fromLatin1(e.sha256));
        entries.append(o);
    }
    QJsonObject spec{{QStringLiteral("dnsName"), m_spec.dnsName},
                     {QStringLiteral("vmName"), m_spec.vmName},
                     {QStringLiteral("location"), m_spec.location},
                     {QStringLiteral("image"), m_spec.imageName},
                     {QStringLiteral("size"), m_spec.size},
                     {QStringLiteral("user"), m_spec.userName},
                     {QStringLiteral("sshPort"), m_spec.sshPort},
                     {QStringLiteral("dockerPort"), m_spec.dockerPort},
                     {QStringLiteral("certDir"), m_spec.certDir},
                     {QStringLiteral("extension"), extensionSchemaId(m_spec.extension)},
                     {QStringLiteral("dnsSuffix"), m_spec.dnsSuffix}};
    QJsonObject out{{QStringLiteral("version"), 1},
                    {QStringLiteral("subscription"), m_subscriptionId},
                    {QStringLiteral("started"), m_started.toString(Qt::ISODate)},
                    {QStringLiteral("outcome"), outcomeId(m_outcome)},
                    {QStringLiteral("entries"), entries}};
    if (m_cloud != cloud::Kind::Classic) {
        // Classic journals stay byte-for-byte what older versions wrote and read.
        out.insert(QStringLiteral("cloud"), cloud::kindId(m_cloud));
        out.insert(QStringLiteral("account"), accountId());
        out.insert(QStringLiteral("runId"), m_runId);
        spec.insert(QStringLiteral("resourceGroup"), m_spec.resourceGroup);
        spec.insert(QStringLiteral("sshKeyFile"), m_spec.sshKeyFile);
        spec.insert(QStringLiteral("allowFrom"), m_spec.allowFrom);
        spec.insert(QStringLiteral("keyType"), certs::keyTypeId(m_spec.keyType));
    }
    if (m_spec.nodes > 1) { // several hosts (one host: as older versions wrote)
        spec.insert(QStringLiteral("nodes"), m_spec.nodes);
        spec.insert(QStringLiteral("managers"), m_spec.managers);
    }
    if (m_operation == Operation::SwarmAdd) // a create: as older versions wrote
        out.insert(QStringLiteral("operation"), QStringLiteral("swarm-add"));
    out.insert(QStringLiteral("spec"), spec);
    return out;
}

bool Journal::save(QString *error) const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Journal", "Cannot write the provisioning journal "
                                                            "%1: %2")
                         .arg(m_path, file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(toJson()).toJson());
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Journal", "Cannot write the provisioning journal "
                                                            "%1: %2")
                         .arg(m_path, file.errorString());
        return false;
    }
    return true;
}

std::optional<Journal> Journal::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Journal", "Cannot read %1: %2")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("Journal", "%1 is not a provisioning journal: %2")
                         .arg(path, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    const QJsonObject s = o.value(QStringLiteral("spec")).toObject();
    Journal j;
    j.m_path = path;
    j.m_subscriptionId = o.value(QStringLiteral("subscription")).toString();
    j.m_cloud =
        cloud::kindFromId(o.value(QStringLiteral("cloud")).toString(QStringLiteral("classic")))
            .value_or(cloud::Kind::Classic);
    j.m_accountId = o.value(QStringLiteral("account")).toString();
    j.m_runId = o.value(QStringLiteral("runId")).toString();
    if (o.value(QStringLiteral("operation")).toString() == QLatin1String("swarm-add"))
        j.m_operation = Operation::SwarmAdd;
    j.m_started = QDateTime::fromString(o.value(QStringLiteral("started")).toString(), Qt::ISODate);
    j.m_outcome = fromId(o.value(QStringLiteral("outcome")).toString(), kOutcomes, Outcome::Failed);
    j.m_spec.dnsName = s.value(QStringLiteral("dnsName")).toString();
    j.m_spec.vmName = s.value(QStringLiteral("vmName")).toString();
    j.m_spec.location = s.value(QStringLiteral("location")).toString();
    j.m_spec.imageName = s.value(QStringLiteral("image")).toString();
    j.m_spec.size = s.value(QStringLiteral("size")).toString();
    j.m_spec.userName = s.value(QStringLiteral("user")).toString();
    j.m_spec.sshPort = s.value(QStringLiteral("sshPort")).toInt();
    j.m_spec.dockerPort = s.value(QStringLiteral("dockerPort")).toInt(4243);
    j.m_spec.certDir = s.value(QStringLiteral("certDir")).toString();
    j.m_spec.extension = s.value(QStringLiteral("extension")).toString() == QLatin1String("1.x")
                             ? ExtensionSchema::V1
                             : ExtensionSchema::Classic;
    j.m_spec.dnsSuffix =
        s.value(QStringLiteral("dnsSuffix")).toString(QStringLiteral("cloudapp.net"));
    j.m_spec.nodes = s.value(QStringLiteral("nodes")).toInt(1);
    j.m_spec.managers = s.value(QStringLiteral("managers")).toInt(1);
    if (j.m_cloud != cloud::Kind::Classic) {
        j.m_spec.resourceGroup = s.value(QStringLiteral("resourceGroup")).toString();
        j.m_spec.sshKeyFile = s.value(QStringLiteral("sshKeyFile")).toString();
        j.m_spec.allowFrom = s.value(QStringLiteral("allowFrom")).toString(QStringLiteral("*"));
        j.m_spec.keyType = certs::keyTypeFromId(s.value(QStringLiteral("keyType")).toString())
                               .value_or(certs::KeyType::EcdsaP256);
        j.m_spec.dockerPort = s.value(QStringLiteral("dockerPort")).toInt(2376);
    }
    if (j.m_spec.dnsName.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Journal", "%1 names no DNS name.").arg(path);
        return std::nullopt;
    }
    const QJsonArray entries = o.value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        j.m_entries.append(
            {journalKindFromId(e.value(QStringLiteral("kind")).toString()),
             e.value(QStringLiteral("name")).toString(),
             e.value(QStringLiteral("parent")).toString(),
             fromId(e.value(QStringLiteral("state")).toString(), kStates, State::Created),
             QDateTime::fromString(e.value(QStringLiteral("changed")).toString(), Qt::ISODate),
             e.value(QStringLiteral("detail")).toString(),
             e.value(QStringLiteral("sha256")).toString().toLatin1()});
    }
    return j;
}

QList<Journal> Journal::unfinished(const QString &directory)
{
    const QDir dir(directory.isEmpty() ? defaultDirectory() : directory);
    QList<Journal> out;
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QString error;
        auto j = load(dir.filePath(name), &error);
        if (!j) {
            qCWarning(lcProvision) << error;
            continue;
        }
        if (j->outcome() == Outcome::Running || !j->leftovers().isEmpty())
            out.append(*j);
    }
    return out;
}

} // namespace dockervm::cloud
