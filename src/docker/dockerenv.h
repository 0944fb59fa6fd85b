#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The text a user copies to talk to a Docker host with the files we made: the `docker ... info`
// command line, the DOCKER_HOST / DOCKER_TLS_VERIFY / DOCKER_CERT_PATH environment for bash,
// PowerShell and cmd, and the arguments of `docker context create`. Pure functions, shared by the
// connection panel and the `docker-vm env` / `context create` commands.
namespace dockervm::docker {

enum class Shell {
    Bash,       // also sh and zsh: export VAR='value'
    PowerShell, // $Env:VAR = 'value'
    Cmd,        // set "VAR=value"
};

// "bash", "powershell", "cmd": stable ids for settings and the command line.
QString shellId(Shell shell);
// Translated name for menus: "bash", "PowerShell", "cmd".
QString shellDisplayName(Shell shell);
// Accepts bash, sh, zsh, powershell, pwsh, cmd (case-insensitive); nothing for anything else.
std::optional<Shell> shellFromId(const QString &id);
// PowerShell on Windows, bash elsewhere.
Shell defaultShell();

// Quoting of one word for each shell. posixQuote and powerShellQuote always quote; cmdQuote
// quotes with double quotes when needed (cmd cannot represent a double quote inside quotes, so
// callers must check containsCmdUnsafe() first).
QString posixQuote(const QString &word);
QString powerShellQuote(const QString &word);
QString cmdQuote(const QString &word);
bool containsCmdUnsafe(const QString &word); // a double quote or a line break
// Quotes only what needs it ("docker", "info" stay bare), for showing command lines.
QString quoteArgument(const QString &word, Shell shell);
QString commandLine(const QStringList &argv, Shell shell);

// "tcp://myvm.cloudapp.net:4243" (IPv6 literals in brackets).
QString dockerHostUrl(const QString &host, quint16 port);

// Like the docker CLI: $DOCKER_CERT_PATH when set, else ~/.docker.
QString defaultCertDir();
// True when certDir is ~/.docker, the folder the docker CLI reads when DOCKER_CERT_PATH is unset.
bool isDockerDefaultCertDir(const QString &certDir);

// `docker --tlsverify --tlscacert <ca.pem> --tlscert <cert.pem> --tlskey <key.pem>
//  -H tcp://host:port info`, or the short `docker --tlsverify -H tcp://host:port info` when
// certDir is ~/.docker (docker's own default). legacyTls: `--tls` instead of `--tlsverify`
// and no CA (the 2014 tool's hosts, server NOT verified). Paths quoted for `shell`.
QString dockerInfoCommand(const QString &host, quint16 port, const QString &certDir, bool legacyTls,
                          Shell shell = defaultShell());

// Three lines setting DOCKER_HOST, DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH for `shell`, each
// ending in '\n'. Empty with *error set when the values cannot be written for that shell (a double
// quote or line break for cmd).
QString environmentScript(const QString &host, quint16 port, const QString &certDir, Shell shell,
                          QString *error = nullptr);

// docker's rule for context names: a letter or digit, then letters, digits, _ . + -
bool isValidContextName(const QString &name);

// The value of `docker context create --docker`: host=tcp://…,ca=…,cert=…,key=… (each field
// CSV-quoted when it holds a comma or quote, as docker parses it with a CSV reader);
// legacyTls adds skip-tls-verify=true and leaves out ca=.
QString contextDockerEndpoint(const QString &host, quint16 port, const QString &certDir,
                              bool legacyTls = false);
// {"context", "create", NAME, ["--description", DESCRIPTION,] "--docker", <endpoint>}: the
// arguments to give the docker program (without "docker" itself).
QStringList contextCreateArguments(const QString &name, const QString &host, quint16 port,
                                   const QString &certDir, bool legacyTls = false,
                                   const QString &description = QString());

} // namespace dockervm::docker
