#pragma once

// Loads the verified vectors in tests/data/testvectors (copied from the shared set,
// provenance in its README) and hands out hex fields as bytes.

#include "common/Bytes.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

class TestVectors
{
public:
    explicit TestVectors(const QString &fileName)
    {
        QFile file(QStringLiteral(KEYWARD_TEST_DATA_DIR "/testvectors/") + fileName);
        if (file.open(QIODevice::ReadOnly))
            m_root = QJsonDocument::fromJson(file.readAll()).object();
    }

    bool isValid() const { return !m_root.isEmpty(); }
    QJsonObject section(const QString &name) const { return m_root.value(name).toObject(); }

    static keyward::protocol::Bytes hex(const QJsonObject &object, const QString &key)
    {
        return keyward::protocol::fromHex(object.value(key).toString().toStdString());
    }
    static std::string text(const QJsonObject &object, const QString &key)
    {
        return object.value(key).toString().toStdString();
    }

private:
    QJsonObject m_root;
};
