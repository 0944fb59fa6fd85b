#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QXmlStreamWriter>

namespace dockervm::sim {

// Writes Service Management replies with QXmlStreamWriter the way Azure serialises them (see the
// recorded replies in tests/data/asm): no XML declaration; the document element declares the ASM
// namespace as the default and XMLSchema-instance as "i"; an empty value is written <Name/>; a nil
// value <Name i:nil="true"/>; a typed element <Role i:type="PersistentVMRole">. Text is escaped by
// the writer, so a value never breaks the document.
class AsmXmlWriter
{
public:
    static const QString kNamespace;    // http://schemas.microsoft.com/windowsazure
    static const QString kXsiNamespace; // http://www.w3.org/2001/XMLSchema-instance

    AsmXmlWriter();
    AsmXmlWriter(const AsmXmlWriter &) = delete;
    AsmXmlWriter &operator=(const AsmXmlWriter &) = delete;

    // Opens an element; the first one of the document carries the namespace declarations.
    void start(const QString &name);
    // <name i:type="type">
    void startTyped(const QString &name, const QString &type);
    void end();

    // <name>value</name>, or <name/> when the value is empty.
    void text(const QString &name, const QString &value);
    void number(const QString &name, qint64 value) { text(name, QString::number(value)); }
    void boolean(const QString &name, bool value);
    // <name i:nil="true"/>
    void nil(const QString &name);
    // <name/>
    void empty(const QString &name);
    // The value, or <name i:nil="true"/> when it is empty.
    void textOrNil(const QString &name, const QString &value);

    // Closes what is still open and returns the document.
    QByteArray finish();

private:
    QByteArray m_out;
    QXmlStreamWriter m_writer;
    int m_depth = 0;
};

} // namespace dockervm::sim
