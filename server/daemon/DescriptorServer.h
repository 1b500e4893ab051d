#pragma once

// A QTcpServer that hands over each accepted connection as its bare descriptor, for
// PptpListener to wrap in a net::TcpStream rather than a QTcpSocket with buffers of
// its own. QTcpServer still does the listening, the accepting and the pausing.

#include <QTcpServer>
#include <vector>

namespace keyward::daemon {

class DescriptorServer : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;
    ~DescriptorServer() override;

    // Descriptors accepted since the last call, oldest first; the caller owns them.
    std::vector<int> takeAccepted();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::vector<int> m_accepted;
};

} // namespace keyward::daemon
