/* Hand-written stand-in for the uic-generated ui_IssuePannel.h of Ohto-Ai/issue-todo (declarations only). */
#ifndef STUB_UI_ISSUEPANNEL_H
#define STUB_UI_ISSUEPANNEL_H
#include <QtWidgets/QMainWindow>
QT_BEGIN_NAMESPACE
namespace Ui {
class IssuePannelClass {
public:
    void setupUi(QMainWindow *IssuePannelClass);
    void retranslateUi(QMainWindow *IssuePannelClass);
};
}
QT_END_NAMESPACE
#endif
