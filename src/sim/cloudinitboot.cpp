#include "sim/cloudinitboot.h"

#include "arm/cloudinit.h"
#include "arm/yaml.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

// What a VM does with customData, step by step:
//  1. Azure: base64 → at most 65535 bytes saved on the VM (Compute API).
//  2. cloud-init: "#cloud-config" user data, YAML (PyYAML safe_load); write_files (init stage,
//     then the deferred ones in the final stage) as cc_write_files.py does: path (abspath;
//     entries without one skipped), content, encoding (b64/base64, text; gzip refused here),
//     permissions (decode_perms: numbers as given, strings as octal, default 0644), owner
//     (default root:root), append, defer. packages must bring a dockerd (docker.io or docker-ce).
//  3. systemd: the packaged docker.service (Ubuntu docker.io) unless a full unit replaces it in
//     /etc/systemd/system, then its drop-ins in /etc/systemd/system/docker.service.d/*.conf in
//     name order; "ExecStart=" empties the list; more than one ExecStart for a non-oneshot
//     service is refused as systemd refuses it.
//  4. dockerd: flags from ExecStart, then --config-file (default /etc/docker/daemon.json); an
//     option both a flag and in the file is refused with dockerd's own message; TLS files
//     loaded as go-connections' tlsconfig.Server does (key pair first, then the CA).
//  5. Our own rules on top: dockerd must listen on tcp:// with tlsverify (mutual TLS), and the
//     server key must be mode 0600 owned by root (a world-readable key is the daemon's identity
//     given away; dockerd itself would start).
namespace dockervm::sim {

namespace {

using arm::DockerCloudConfig;
using arm::yaml::Node;

struct VFile
{
    QByteArray content;
    int mode = 0644;
    QString owner = QStringLiteral("root:root");
};
using Vfs = QMap<QString, VFile>;

DockerFromCloudInit failure(const QString &error)
{
    DockerFromCloudInit r;
    r.error = error;
    return r;
}

QString goNotExist(const QString &path)
{
    return QStringLiteral("open %1: no such file or directory").arg(path);
}

// util.translate_bool / get_cfg_option_bool.
bool cfgBool(const Node *n)
{
    if (!n)
        return false;
    if (n->kind() == Node::Kind::Bool)
        return n->toBool();
    if (n->isString())
        return QStringList{QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("on"),
                           QStringLiteral("yes")}
            .contains(n->toString().trimmed().toLower());
    if (n->kind() == Node::Kind::Int)
        return n->toInt() == 1;
    return false;
}

// cc_write_files.decode_perms.
int decodePerms(const Node *n, int fallback)
{
    if (!n || n->isNull())
        return fallback;
    switch (n->kind()) {
    case Node::Kind::Bool:
        return n->toBool() ? 1 : 0;
    case Node::Kind::Int:
        return int(n->toInt());
    case Node::Kind::Float:
        return int(n->toDouble());
    case Node::Kind::String: {
        QString s = n->toString().trimmed();
        if (s.startsWith(QLatin1String("0o"), Qt::CaseInsensitive))
            s = s.mid(2);
        s.remove(QLatin1Char('_'));
        bool ok = false;
        const int v = s.toInt(&ok, 8);
        return ok ? v : fallback;
    }
    default:
        return fallback;
    }
}

QString modeText(int mode)
{
    return QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}

// Applies one write_files entry; an error for what cloud-init would fail on or we refuse.
QString writeFile(Vfs &vfs, const Node &entry, int index)
{
    const QString where = QStringLiteral("write_files entry %1").arg(index + 1);
    if (!entry.isMapping())
        return QStringLiteral("%1 is not a mapping (path, content, permissions, …)").arg(where);
    const Node *pathNode = entry.value(QStringLiteral("path"));
    if (!pathNode || pathNode->isNull() || (pathNode->isString() && pathNode->toString().isEmpty()))
        return {}; // cloud-init: "No path provided to write for entry N", skipped
    if (!pathNode->isString() || !pathNode->toString().startsWith(QLatin1Char('/')))
        return QStringLiteral("%1: the path must be an absolute path string").arg(where);
    const QString path = QDir::cleanPath(pathNode->toString());

    QString encoding;
    if (const Node *e = entry.value(QStringLiteral("encoding")); e && e->isString())
        encoding = e->toString().trimmed().toLower();
    const Node *contentNode = entry.value(QStringLiteral("content"));
    QByteArray content;
    if (contentNode && contentNode->isString())
        content = contentNode->toString().toUtf8();
    else if (contentNode && !contentNode->isNull())
        return QStringLiteral("%1 (%2): content is not a string").arg(where, path);
    if (encoding == QLatin1String("gz") || encoding == QLatin1String("gzip") ||
        encoding.startsWith(QLatin1String("gz+")) || encoding.startsWith(QLatin1String("gzip+")))
        return QStringLiteral("%1 (%2): gzip-encoded write_files are not supported by this "
                              "simulator; use b64 or plain text")
            .arg(where, path);
    if (encoding == QLatin1String("b64") || encoding == QLatin1String("base64")) {
        // Python's base64.b64decode: characters outside the alphabet are dropped.
        const auto decoded = QByteArray::fromBase64Encoding(content);
        if (!decoded)
            return QStringLiteral("%1 (%2): the content is not valid base64").arg(where, path);
        content = decoded.decoded;
    }

    VFile f;
    f.mode = decodePerms(entry.value(QStringLiteral("permissions")), 0644);
    if (const Node *o = entry.value(QStringLiteral("owner")); o && o->isString())
        f.owner = o->toString();
    if (cfgBool(entry.value(QStringLiteral("append"))) && vfs.contains(path)) {
        f.content = vfs.value(path).content + content;
        // util.write_file with omode "ab" still applies the mode
    } else {
        f.content = content;
    }
    vfs.insert(path, f);
    return {};
}

// systemd's word splitting for command lines and Environment=: whitespace separates, "…" and
// '…' quote, a backslash escapes the next character.
QStringList splitWords(const QString &line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == QLatin1Char('\\') && i + 1 < line.size())
                word += line.at(++i);
            else
                word += c;
            continue;
        }
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t')) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('"') || c == QLatin1Char('\''))
            quote = c;
        else if (c == QLatin1Char('\\') && i + 1 < line.size())
            word += line.at(++i);
        else
            word += c;
    }
    if (inWord)
        words.append(word);
    return words;
}

// A systemd unit file's [Service] settings we model.
struct Service
{
    QStringList execStart; // command lines, in order, after "ExecStart=" resets
    QString type = QStringLiteral("simple");
    QMap<QString, QString> environment;
    QStringList environmentFiles;
};

void parseUnit(const QByteArray &text, Service &s)
{
    QString section;
    QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i].trimmed();
        while (line.endsWith(QLatin1Char('\\')) && i + 1 < lines.size()) {
            line.chop(1);
            line += QLatin1Char(' ') + lines[++i].trimmed();
        }
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            section = line;
            continue;
        }
        if (section != QLatin1String("[Service]"))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if (key == QLatin1String("ExecStart")) {
            if (value.isEmpty())
                s.execStart.clear();
            else
                s.execStart.append(value);
        } else if (key == QLatin1String("Type")) {
            s.type = value;
        } else if (key == QLatin1String("Environment")) {
            for (const QString &kv : splitWords(value)) {
                const qsizetype e = kv.indexOf(QLatin1Char('='));
                if (e > 0)
                    s.environment.insert(kv.left(e), kv.mid(e + 1));
            }
        } else if (key == QLatin1String("EnvironmentFile")) {
            if (value.isEmpty())
                s.environmentFiles.clear();
            else
                s.environmentFiles.append(value);
        }
    }
}

// systemd's variable expansion in ExecStart: a word that is exactly $NAME expands to the
// value's words (none when unset); ${NAME} inside a word expands to the value.
QStringList expandCommand(const QString &commandLine, const QMap<QString, QString> &env)
{
    static const QRegularExpression whole(QStringLiteral("^\\$([A-Za-z_][A-Za-z0-9_]*)$"));
    static const QRegularExpression braced(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    QStringList out;
    for (QString w : splitWords(commandLine)) {
        const auto m = whole.match(w);
        if (m.hasMatch()) {
            out += splitWords(env.value(m.captured(1)));
            continue;
        }
        QRegularExpressionMatch b;
        while ((b = braced.match(w)).hasMatch())
            w.replace(b.capturedStart(), b.capturedLength(), env.value(b.captured(1)));
        out.append(w);
    }
    return out;
}

// dockerd's command line, as far as we model it (pflag: -H X, -H=X, -HX, --host X, --host=X).
struct DockerdFlags
{
    QStringList hosts;
    QMap<QString, QString> values; // flag name → value (strings and bools as "true"/"false")
    QStringList order;             // flag names set, first occurrence
    QString error;
};

DockerdFlags parseDockerdFlags(const QStringList &args)
{
    static const QStringList boolFlags{QStringLiteral("tls"),
                                       QStringLiteral("tlsverify"),
                                       QStringLiteral("debug"),
                                       QStringLiteral("iptables"),
                                       QStringLiteral("ip6tables"),
                                       QStringLiteral("ip-forward"),
                                       QStringLiteral("ip-masq"),
                                       QStringLiteral("icc"),
                                       QStringLiteral("live-restore"),
                                       QStringLiteral("experimental"),
                                       QStringLiteral("userland-proxy"),
                                       QStringLiteral("selinux-enabled"),
                                       QStringLiteral("no-new-privileges"),
                                       QStringLiteral("raw-logs"),
                                       QStringLiteral("init"),
                                       QStringLiteral("ipv6"),
                                       QStringLiteral("rootless"),
                                       QStringLiteral("validate")};
    DockerdFlags f;
    auto set = [&f](const QString &name, const QString &value) {
        if (name == QLatin1String("host"))
            f.hosts.append(value);
        else
            f.values.insert(name, value);
        if (!f.order.contains(name))
            f.order.append(name);
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString a = args[i];
        QString name, value;
        bool hasValue = false;
        if (a.startsWith(QLatin1String("--"))) {
            name = a.mid(2);
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
                hasValue = true;
            }
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            const QChar shorthand = a.at(1);
            if (shorthand == QLatin1Char('H'))
                name = QStringLiteral("host");
            else if (shorthand == QLatin1Char('D'))
                name = QStringLiteral("debug");
            else if (shorthand == QLatin1Char('G'))
                name = QStringLiteral("group");
            else if (shorthand == QLatin1Char('p'))
                name = QStringLiteral("pidfile");
            else if (shorthand == QLatin1Char('l'))
                name = QStringLiteral("log-level");
            else {
                f.error =
                    QStringLiteral("unknown shorthand flag: '%1' in %2").arg(shorthand).arg(a);
                return f;
            }
            if (a.size() > 2) {
                value = a.mid(a.at(2) == QLatin1Char('=') ? 3 : 2);
                hasValue = true;
            }
        } else {
            f.error = QStringLiteral("dockerd does not take positional arguments: '%1'").arg(a);
            return f;
        }
        if (boolFlags.contains(name)) {
            set(name, hasValue ? value : QStringLiteral("true"));
            continue;
        }
        if (!hasValue) {
            if (i + 1 >= args.size()) {
                f.error = QStringLiteral("flag needs an argument: %1").arg(a);
                return f;
            }
            value = args[++i];
        }
        set(name, value);
    }
    return f;
}

// Go's %v for a JSON value from daemon.json.
QString goValue(const QJsonValue &v)
{
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &x : v.toArray())
            parts.append(goValue(x));
        return QLatin1Char('[') + parts.join(QLatin1Char(' ')) + QLatin1Char(']');
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isNull())
        return QStringLiteral("<nil>");
    if (v.isObject())
        return QStringLiteral("map[…]");
    return v.toString();
}

bool hasDockerPackage(const Node &root)
{
    const Node *packages = root.value(QStringLiteral("packages"));
    if (!packages || !packages->isSequence())
        return false;
    for (const Node &p : packages->items()) {
        QString name;
        if (p.isString())
            name = p.toString();
        else if (p.isSequence() && !p.items().isEmpty() && p.items().first().isString())
            name = p.items().first().toString();
        name = name.section(QLatin1Char('='), 0, 0).trimmed();
        if (name == QLatin1String("docker.io") || name == QLatin1String("docker-ce"))
            return true;
    }
    return false;
}

} // namespace

DockerFromCloudInit dockerFromCustomData(const QByteArray &customDataBase64)
{
    // 1. Azure
    if (customDataBase64.trimmed().isEmpty())
        return failure(QStringLiteral("customData is empty: the VM would boot without a "
                                      "cloud-config and never install Docker"));
    const auto decoded =
        QByteArray::fromBase64Encoding(customDataBase64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return failure(QStringLiteral("customData is not valid base64; Azure refuses the VM "
                                      "(osProfile.customData must be base64 of the "
                                      "#cloud-config text)"));
    const QByteArray text = decoded.decoded;
    if (text.size() > DockerCloudConfig::kMaxCustomDataBytes)
        return failure(QStringLiteral("customData decodes to %1 bytes; Azure accepts at most %2")
                           .arg(text.size())
                           .arg(DockerCloudConfig::kMaxCustomDataBytes));

    // 2. cloud-init
    if (text.startsWith("\x1f\x8b"))
        return failure(QStringLiteral("customData is gzip-compressed user data, which this "
                                      "simulator does not read; send the #cloud-config text"));
    const qsizetype firstEnd = text.indexOf('\n');
    const QByteArray firstLine = (firstEnd < 0 ? text : text.left(firstEnd)).trimmed();
    if (firstLine != "#cloud-config")
        return failure(QStringLiteral("customData does not start with \"#cloud-config\" (it "
                                      "starts with \"%1\"); cloud-init would not read it as "
                                      "cloud-config")
                           .arg(QString::fromUtf8(firstLine.left(40))));
    arm::yaml::ReadError yamlError;
    const auto parsed = arm::yaml::read(text, &yamlError);
    if (!parsed)
        return failure(QStringLiteral("cloud-init could not read the cloud-config: %1")
                           .arg(arm::yaml::describe(yamlError)));
    const Node &root = *parsed;
    if (!root.isMapping())
        return failure(QStringLiteral("the cloud-config is not a mapping of modules "
                                      "(write_files, packages, …)"));
    if (!hasDockerPackage(root))
        return failure(QStringLiteral("the cloud-config installs no Docker package (packages: "
                                      "docker.io): the VM would have no dockerd"));

    Vfs vfs;
    if (const Node *wf = root.value(QStringLiteral("write_files")); wf && !wf->isNull()) {
        if (!wf->isSequence())
            return failure(QStringLiteral("write_files is not a list"));
        for (const bool deferredPass : {false, true}) {
            for (qsizetype i = 0; i < wf->items().size(); ++i) {
                const Node &entry = wf->items()[i];
                if (entry.isMapping() &&
                    cfgBool(entry.value(QStringLiteral("defer"))) != deferredPass)
                    continue;
                if (!entry.isMapping() && deferredPass)
                    continue;
                const QString err = writeFile(vfs, entry, int(i));
                if (!err.isEmpty())
                    return failure(err);
            }
        }
    }

    // 3. systemd
    Service service;
    const QString unitOverride = QStringLiteral("/etc/systemd/system/docker.service");
    if (vfs.contains(unitOverride))
        parseUnit(vfs.value(unitOverride).content, service);
    else
        parseUnit(QByteArray("[Service]\nType=notify\nExecStart=") +
                      DockerCloudConfig::kUbuntuPackagedExecStart + "\n",
                  service);
    const QString dropInDir = QStringLiteral("/etc/systemd/system/docker.service.d/");
    for (auto it = vfs.cbegin(); it != vfs.cend(); ++it) { // QMap: name order
        if (it.key().startsWith(dropInDir) && it.key().endsWith(QLatin1String(".conf")) &&
            !it.key().mid(dropInDir.size()).contains(QLatin1Char('/')))
            parseUnit(it.value().content, service);
    }
    if (service.execStart.size() > 1 && service.type != QLatin1String("oneshot"))
        return failure(QStringLiteral("docker.service: Service has more than one ExecStart= "
                                      "setting, which is only allowed for Type=oneshot "
                                      "services. Refusing. (A drop-in must clear ExecStart= "
                                      "before setting it again.)"));
    if (service.execStart.isEmpty())
        return failure(QStringLiteral("docker.service: Service has no ExecStart=, ExecStop=, "
                                      "or SuccessAction=. Refusing."));
    QMap<QString, QString> env = service.environment;
    for (QString file : service.environmentFiles) {
        const bool optional = file.startsWith(QLatin1Char('-'));
        if (optional)
            file = file.mid(1);
        if (!vfs.contains(file)) {
            if (optional)
                continue;
            return failure(QStringLiteral("docker.service: Failed to load environment files: "
                                          "%1 does not exist")
                               .arg(file));
        }
        for (const QByteArray &line : vfs.value(file).content.split('\n')) {
            const QString l = QString::fromUtf8(line).trimmed();
            const qsizetype eq = l.indexOf(QLatin1Char('='));
            if (eq > 0 && !l.startsWith(QLatin1Char('#')))
                env.insert(l.left(eq).trimmed(), splitWords(l.mid(eq + 1)).join(QLatin1Char(' ')));
        }
    }
    QString commandLine = service.execStart.last();
    while (!commandLine.isEmpty() && QStringLiteral("@-:+!").contains(commandLine.front()))
        commandLine = commandLine.mid(1);
    QStringList argv = expandCommand(commandLine, env);
    if (argv.isEmpty() || !argv.first().endsWith(QLatin1String("/dockerd")))
        return failure(QStringLiteral("docker.service's ExecStart does not start dockerd: %1")
                           .arg(commandLine));
    const QStringList args = argv.mid(1);

    // 4. dockerd
    const DockerdFlags flags = parseDockerdFlags(args);
    if (!flags.error.isEmpty())
        return failure(flags.error);
    const bool explicitConfig = flags.values.contains(QStringLiteral("config-file"));
    const QString configPath = explicitConfig
                                   ? flags.values.value(QStringLiteral("config-file"))
                                   : QString::fromLatin1(DockerCloudConfig::kDaemonJsonPath);
    QJsonObject config;
    QByteArray daemonJson;
    const QString configPrefix =
        QStringLiteral("unable to configure the Docker daemon with file %1: ").arg(configPath);
    if (vfs.contains(configPath)) {
        daemonJson = vfs.value(configPath).content;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(daemonJson, &pe);
        if (pe.error != QJsonParseError::NoError)
            return failure(configPrefix + pe.errorString() +
                           QStringLiteral(" at offset %1").arg(pe.offset));
        if (!doc.isObject())
            return failure(configPrefix + QStringLiteral("the file is not a JSON object"));
        config = doc.object();
    } else if (explicitConfig) {
        return failure(configPrefix + goNotExist(configPath));
    }

    // daemon/config: findConfigurationConflicts, flags visited in name order.
    QStringList conflicts;
    QStringList names = flags.order;
    std::sort(names.begin(), names.end());
    for (const QString &name : names) {
        const QString key = name == QLatin1String("host") ? QStringLiteral("hosts") : name;
        if (!config.contains(key))
            continue;
        const QString flagValue =
            name == QLatin1String("host")
                ? QLatin1Char('[') + flags.hosts.join(QLatin1Char(' ')) + QLatin1Char(']')
                : flags.values.value(name);
        conflicts.append(QStringLiteral("%1: (from flag: %2, from file: %3)")
                             .arg(key, flagValue, goValue(config.value(key))));
    }
    if (!conflicts.isEmpty())
        return failure(configPrefix +
                       QStringLiteral("the following directives are specified both as a flag "
                                      "and in the configuration file: ") +
                       conflicts.join(QStringLiteral(", ")));

    auto boolOption = [&](const QString &name) {
        if (flags.values.contains(name))
            return flags.values.value(name) == QLatin1String("true") ||
                   flags.values.value(name) == QLatin1String("1");
        return config.value(name).toBool(false);
    };
    auto stringOption = [&](const QString &name, const QString &fallback) {
        if (flags.values.contains(name))
            return flags.values.value(name);
        return config.value(name).toString(fallback);
    };
    QStringList hosts = flags.hosts;
    if (hosts.isEmpty())
        for (const QJsonValue &h : config.value(QStringLiteral("hosts")).toArray())
            hosts.append(h.toString());
    if (hosts.isEmpty())
        hosts.append(QLatin1String(DockerCloudConfig::kUnixSocketHost));
    const bool tlsVerify = boolOption(QStringLiteral("tlsverify"));
    const bool tls = tlsVerify || boolOption(QStringLiteral("tls"));
    // dockerd's defaults: $DOCKER_CERT_PATH or ~/.docker (root's, under systemd).
    const QString certPath =
        env.value(QStringLiteral("DOCKER_CERT_PATH"), QStringLiteral("/root/.docker"));
    const QString caFile = stringOption(QStringLiteral("tlscacert"), certPath + "/ca.pem");
    const QString certFile = stringOption(QStringLiteral("tlscert"), certPath + "/cert.pem");
    const QString keyFile = stringOption(QStringLiteral("tlskey"), certPath + "/key.pem");

    QString tcpHost;
    for (const QString &h : hosts)
        if (h.startsWith(QLatin1String("tcp://")) && tcpHost.isEmpty())
            tcpHost = h;
    if (tcpHost.isEmpty())
        return failure(QStringLiteral("dockerd would listen only on %1: no tcp:// host, so no "
                                      "client can reach it over TLS (add tcp://0.0.0.0:2376 to "
                                      "\"hosts\" in %2)")
                           .arg(hosts.join(QStringLiteral(", ")), configPath));
    if (!tls)
        return failure(QStringLiteral("dockerd would serve the Docker API on %1 without TLS; set "
                                      "\"tlsverify\": true with tlscacert, tlscert and tlskey")
                           .arg(tcpHost));
    if (!tlsVerify)
        return failure(QStringLiteral("dockerd would serve %1 with TLS but without tlsverify, so "
                                      "it would accept clients without a certificate; set "
                                      "\"tlsverify\": true")
                           .arg(tcpHost));

    // go-connections tlsconfig.Server: the key pair, then the client CA.
    auto missingPem = [&](const QString &path, const char *label) {
        return !vfs.contains(path) ||
               !vfs.value(path).content.contains(QByteArray(QByteArray("-----BEGIN ") + label));
    };
    if (!vfs.contains(certFile) || !vfs.contains(keyFile))
        return failure(
            QStringLiteral("Could not load X509 key pair (cert: \"%1\", key: \"%2\"): "
                           "%3")
                .arg(certFile, keyFile, goNotExist(vfs.contains(certFile) ? keyFile : certFile)));
    if (missingPem(certFile, "CERTIFICATE"))
        return failure(QStringLiteral("Error reading X509 key pair (cert: \"%1\", key: \"%2\"): "
                                      "tls: failed to find any PEM data in certificate input")
                           .arg(certFile, keyFile));
    if (missingPem(keyFile, ""))
        return failure(QStringLiteral("Error reading X509 key pair (cert: \"%1\", key: \"%2\"): "
                                      "tls: failed to find any PEM data in key input")
                           .arg(certFile, keyFile));
    if (!vfs.contains(caFile))
        return failure(QStringLiteral("could not read CA certificate \"%1\": %2")
                           .arg(caFile, goNotExist(caFile)));
    if (missingPem(caFile, "CERTIFICATE"))
        return failure(
            QStringLiteral("failed to append certificates from PEM file: \"%1\"").arg(caFile));

    const VFile key = vfs.value(keyFile);
    if (key.mode != 0600)
        return failure(QStringLiteral("%1 would be mode %2 on the VM; the server key must be "
                                      "0600 (readable by root only). Set permissions: \"0600\" "
                                      "in its write_files entry")
                           .arg(keyFile, modeText(key.mode)));
    if (key.owner.section(QLatin1Char(':'), 0, 0).trimmed() != QLatin1String("root"))
        return failure(QStringLiteral("%1 would be owned by %2 on the VM; the server key must be "
                                      "owned by root. Set owner: root:root in its write_files "
                                      "entry")
                           .arg(keyFile, key.owner));

    const QUrl url(tcpHost);
    DockerFromCloudInit r;
    r.ok = true;
    r.caPem = vfs.value(caFile).content;
    r.serverCertPem = vfs.value(certFile).content;
    r.serverKeyPem = key.content;
    r.tlsPort = url.port(2376);
    r.hosts = hosts;
    r.daemonJson = daemonJson;
    r.execStartArgs = args;
    return r;
}

} // namespace dockervm::sim
