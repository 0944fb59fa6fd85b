#pragma once

#include <QByteArray>
#include <QString>

// Owner-only folders and files (Unix modes 0700 / 0600, checked after setting them; elsewhere the
// platform's ACLs decide). Used for the list of accounts and for keys where no keychain exists.
namespace dockervm::privatefile {

// Creates `path` (and parents); with ownerOnly, makes it 0700 or fails.
bool ensureDir(const QString &path, bool ownerOnly, QString *error);

// Writes through a QSaveFile whose temporary file is 0600 before the first byte.
bool write(const QString &path, const QByteArray &data, QString *error);

// True when `path` has exactly these permission bits (always true off Unix).
bool hasMode(const QString &path, int mode);

} // namespace dockervm::privatefile
