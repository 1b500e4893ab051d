#pragma once

// How a report carries its Ed25519 signature, and how anyone checks it offline.
//
// The signature line is
//     keyward-signature v1 ed25519 key=BASE64(public key) sig=BASE64(signature)
// over "keyward report v1\n" followed by the report's bytes. Where it goes:
//  - HTML: the last line of the file, inside a comment: "<!-- LINE -->\n";
//  - PDF: the last line of the file, after %%EOF, as a PDF comment: "%LINE\n"
//    (readers ignore it; the PDF stays valid);
//  - CSV: a detached FILE.sig beside it holding "LINE\n", so the CSV stays plain data
//    for a spreadsheet.
// An embedded line signs every byte before it and must end the file, so a change to
// any byte of the file — content, line or anything appended — fails.
//
// The signature proves the file is unchanged since the holder of the report key (the
// keywardd whose state directory holds it) signed it. Checked against the key that
// `report.key` exports it also proves which server; checked against the key in the
// line alone only that the file is intact.

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace keyward::core {

class ReportKey;

class ReportSignature
{
public:
    // Whether `format` ("pdf", "html", "csv") carries its signature in a detached file.
    static bool detached(const QString &format);
    // The signature line (without prefix, suffix or newline) for `content`.
    static Result<QByteArray> line(const ReportKey &key, const QByteArray &content);
    // The file as written: content with its embedded line, or the content alone.
    static QByteArray embed(const QString &format, const QByteArray &content,
                            const QByteArray &line);
    // The contents of the detached FILE.sig.
    static QByteArray detachedFile(const QByteArray &line);

    struct Verified
    {
        QByteArray publicKey;
        QString keyId;
    };
    // Checks a report: its embedded line, or `detachedSignature` (a .sig file's bytes)
    // when given. With `expectedKey` (raw 32 bytes) the signer must be that key.
    static Result<Verified> verify(const QByteArray &file, const QByteArray &detachedSignature,
                                   const QByteArray &expectedKey);
    // The raw public key of a PEM "PUBLIC KEY" (an Ed25519 key), or an error.
    static Result<QByteArray> publicKeyFromPem(const QByteArray &pem);
    // The first 16 hex digits of SHA-256 of the raw public key.
    static QString keyIdOf(const QByteArray &publicKey);
};

} // namespace keyward::core
