#pragma once

#include <QByteArray>
#include <QString>

namespace dockervm::testing {

// Path of a file under tests/data/asm (from $DOCKERVM_TEST_DATA, falling back to the source tree).
QString asmFixturePath(const QString &name);
// Its bytes; empty (and a QWARN) when missing.
QByteArray asmFixture(const QString &name);

} // namespace dockervm::testing
