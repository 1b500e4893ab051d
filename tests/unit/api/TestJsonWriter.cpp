// JSON text written directly (session.list's reply): a reader must not be able to
// tell it from QJsonDocument's own compact output. Strings are escaped exactly as
// QJsonDocument escapes them, whatever characters a user name holds; objects and
// arrays nest with their commas in place.

#include "api/JsonObjectBuilder.h"
#include "api/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <limits>

using keyward::api::JsonObjectBuilder;
using keyward::api::JsonWriter;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void stringsAreEscapedAsQJsonDocumentEscapesThem()
    {
        QString every;
        for (char16_t c = 0; c < 0x80; ++c)
            every.append(QChar(c));
        const QStringList texts = {
            every,
            QStringLiteral("Jürgen \"JJ\" O'Brien\\office"),
            QStringLiteral("line\nbreak\ttab\r\b\f"),
            QString::fromUtf8("名前 – ünïcödé 😀"),
            QString(QChar(0xd800)) + QStringLiteral("lone surrogate"),
            QString(),
        };
        for (const QString &text : texts) {
            JsonWriter out;
            out.beginObject();
            out.field("s", text);
            out.endObject();
            QCOMPARE(out.take(),
                     QJsonDocument(QJsonObject{{"s", text}}).toJson(QJsonDocument::Compact));
        }
    }

    void numbersAndFlagsAreExact()
    {
        JsonWriter out;
        out.beginObject();
        out.field("max", std::numeric_limits<qint64>::max());
        out.field("min", std::numeric_limits<qint64>::min() + 1);
        out.field("zero", 0);
        out.field("no", false);
        out.field("yes", true);
        out.endObject();
        QCOMPARE(out.take(), QByteArray("{\"max\":9223372036854775807,\"min\":-9223372036854775807,"
                                        "\"zero\":0,\"no\":false,\"yes\":true}"));
    }

    void objectsAndArraysNestWithTheirCommas()
    {
        JsonWriter out;
        out.beginObject();
        out.key("rows");
        out.beginArray();
        for (int i = 0; i < 3; ++i) {
            out.beginObject();
            out.field("id", i);
            out.object("inner", [&](auto &inner) {
                inner.field("a", i * 2);
                inner.field("b", QStringLiteral("x"));
            });
            out.key("empty");
            out.beginArray();
            out.endArray();
            out.endObject();
        }
        out.endArray();
        out.key("raw");
        out.rawValue(QByteArray("{\"k\":[1,2]}"));
        out.field("after", 1);
        out.endObject();
        const QByteArray text = out.take();
        QJsonParseError error{};
        const QJsonDocument parsed = QJsonDocument::fromJson(text, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

        QJsonArray rows;
        for (int i = 0; i < 3; ++i) {
            JsonObjectBuilder row;
            row.field("id", i);
            row.object("inner", [&](auto &inner) {
                inner.field("a", i * 2);
                inner.field("b", QStringLiteral("x"));
            });
            QJsonObject o = row.take();
            o.insert("empty", QJsonArray());
            rows.append(o);
        }
        const QJsonObject expected{
            {"rows", rows}, {"raw", QJsonObject{{"k", QJsonArray{1, 2}}}}, {"after", 1}};
        QCOMPARE(parsed.object(), expected);
        // take() starts again empty.
        out.beginArray();
        out.endArray();
        QCOMPARE(out.take(), QByteArray("[]"));
    }
};

QTEST_APPLESS_MAIN(TestJsonWriter)
#include "TestJsonWriter.moc"
