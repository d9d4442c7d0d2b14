// A TCP proxy that holds the server's every packet for a round trip, so
// that a local PostgreSQL server answers as one across a network would:
// jlgc_delay_proxy LISTEN_PORT TARGET_PORT ROUND_TRIP_MS (target on
// localhost). What the client sends passes at once (a question and its
// answer cost one round trip either way; timers count whole
// milliseconds). Order is kept. For the benchmarks only
// (scripts/bench-server); it prints nothing but errors.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QQueue>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <cstdio>

namespace {

// One direction of one connection: what arrived, released when due.
class DelayedPipe : public QObject {
public:
    DelayedPipe(QTcpSocket* from, QTcpSocket* to, int delayMs, QObject* parent)
        : QObject(parent), m_from(from), m_to(to), m_delay(delayMs)
    {
        m_clock.start();
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &DelayedPipe::release);
        connect(from, &QTcpSocket::readyRead, this, [this] {
            m_queue.enqueue({m_clock.elapsed() + m_delay, m_from->readAll()});
            if (!m_timer.isActive())
                m_timer.start(int(std::max<qint64>(0, m_queue.head().first - m_clock.elapsed())));
        });
    }

private:
    void release()
    {
        while (!m_queue.isEmpty() && m_queue.head().first <= m_clock.elapsed())
            m_to->write(m_queue.dequeue().second);
        m_to->flush();
        if (!m_queue.isEmpty())
            m_timer.start(int(std::max<qint64>(0, m_queue.head().first - m_clock.elapsed())));
    }

    QTcpSocket* m_from;
    QTcpSocket* m_to;
    int m_delay;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QQueue<std::pair<qint64, QByteArray>> m_queue;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: jlgc_delay_proxy LISTEN_PORT TARGET_PORT ROUND_TRIP_MS\n");
        return 2;
    }
    const quint16 targetPort = quint16(args[2].toUInt());
    const int roundTrip = args[3].toInt();
    QTcpServer server;
    QObject::connect(&server, &QTcpServer::newConnection, [&] {
        while (QTcpSocket* client = server.nextPendingConnection()) {
            client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto* upstream = new QTcpSocket(client);
            upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            new DelayedPipe(client, upstream, 0, client);
            new DelayedPipe(upstream, client, roundTrip, client);
            QObject::connect(client, &QTcpSocket::disconnected, upstream,
                             &QTcpSocket::disconnectFromHost);
            QObject::connect(upstream, &QTcpSocket::disconnected, client,
                             &QTcpSocket::disconnectFromHost);
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            upstream->connectToHost(QStringLiteral("127.0.0.1"), targetPort);
        }
    });
    if (!server.listen(QHostAddress::LocalHost, quint16(args[1].toUInt()))) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    return app.exec();
}
