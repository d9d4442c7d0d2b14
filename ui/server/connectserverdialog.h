#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace jlgc {

// File → Connect to Office Server…: where the office's database is (server,
// port, database), who logs in, the password (kept in the system keychain
// when asked) and how the connection is encrypted. It gives an address
// without the password (kept in the recent list) and the password apart.
class ConnectServerDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectServerDialog(QWidget* parent = nullptr);

    // Fills the fields from an address (postgresql://user@host:port/db?…).
    void setAddress(const QString& address);
    void setPassword(const QString& password);
    // Why the last attempt failed, shown above the buttons.
    void setProblem(const QString& message);
    // The button's text (Connect, or Move for File → Move to Office Server…).
    void setActionText(const QString& text);

    QString address() const;
    QString password() const;
    bool rememberPassword() const;

private:
    void updateState();
    void chooseCertificate();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QComboBox* m_encryption;
    QLineEdit* m_certificate;
    QPushButton* m_browse;
    QLabel* m_problem;
    QPushButton* m_connect;
};

} // namespace jlgc
