// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for the composer's start and memory (tests/bench/run.sh, beside Sylpheed and Claws
// Mail in ../shared/peerbench): a bare Qt 6 window with what a composer minimally shows, a menu
// bar, two line edits and a text edit, linked against nothing but QtWidgets. It takes a
// mailto: URL as the composers do and puts its subject in the title (peerbench's --match).
//   bench_bare_window 'mailto:a@b.c?subject=pbsubj'
#include <QApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QTextEdit>
#include <QUrl>
#include <QUrlQuery>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QUrl mailto(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString());
    const QString subject = QUrlQuery(mailto).queryItemValue(QStringLiteral("subject"));
    QMainWindow window;
    window.setWindowTitle(subject.isEmpty() ? QStringLiteral("Compose") : subject);
    QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Send"));
    file->addAction(QStringLiteral("&Close"), &window, &QWidget::close);
    window.menuBar()->addMenu(QStringLiteral("&Edit"));
    auto *central = new QWidget(&window);
    auto *form = new QFormLayout(central);
    auto *to = new QLineEdit(mailto.path(), central);
    auto *subjectEdit = new QLineEdit(subject, central);
    form->addRow(QStringLiteral("To:"), to);
    form->addRow(QStringLiteral("Subject:"), subjectEdit);
    form->addRow(new QTextEdit(central));
    window.setCentralWidget(central);
    window.resize(720, 560);
    window.show();
    return app.exec();
}
