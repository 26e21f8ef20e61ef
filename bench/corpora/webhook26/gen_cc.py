#!/usr/bin/env python3
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook26'
S = R + '/stubs'
CXX = '/usr/bin/clang++-19'
# paycenter plugins: flags of paycenter/src/plugins/Makefile (-std=gnu++11, -I$(INCLUDE_ROOT) -I$(FRAME_INC)
# -I$(INCLUDE_ROOT)/BaseCode -I/usr/include/mysql; INCLUDE_ROOT = serverbase/include) + the plugin's own directory
PC = 'zxp397889178+Linux'
PCI = '{r}/serverbase/include'
PCF = ['-std=gnu++11', '-I' + PCI, '-I' + PCI + '/PayFrame', '-I' + PCI + '/BaseCode', '-I/usr/include/mysql']
PL = 'paycenter/src/plugins/'
PC_FILES = {
    '360pay': ['360Pay.cpp'], 'baidu': ['BaiduPay.cpp'], 'xiaomi': ['XiaomiPay.cpp'], 'vivo': ['VivoPay.cpp'],
    'q10pay': ['Q10Pay.cpp'], 'h8pay': ['H8Pay.cpp'], 'sogou': ['SogouPay.cpp'], 'apizza': ['apizza.cpp'],
    'pay77': ['Pay77.cpp'], 'gmpay': ['GMPay.cpp'], 'dummy': ['DummyStub.cpp'],
    'dotwallet': ['DotWalletPay.cpp'], 'withdraw': ['Withdraw.cpp'], 'apple': ['ApplePay.cpp'],
}
E = [(PC, PL + 'PayBase.cpp', PCF + ['-I{r}/' + PL])]
for d, fs in sorted(PC_FILES.items()):
    for f in fs + ['Plugin.cpp']:
        # DotWalletPay.cpp calls ceil() without including <cmath> (older libstdc++ pulled it in transitively);
        # secp256k1.h comes from Debian's libsecp256k1-dev
        extra = ['-include', 'cmath'] if d == 'dotwallet' else []
        E.append((PC, PL + d + '/' + f, PCF + extra + ['-I{r}/' + PL + d]))
# TicketsPreOrderService PaymentService (CMake, C++20): vendored cpp-httplib/nlohmann/Bcrypt.cpp headers and the vendored
# libpqxx 7 headers (third_party/libpqxx/include; Debian's libpqxx-dev 6.4 lacks pqxx::zview); spdlog from Debian
TP = 'marcho4+TicketsPreOrderService'
TPF = ['-std=c++20', '-I{r}/PaymentService/third_party/libpqxx/include', '-I{r}/PaymentService/third_party/Bcrypt.cpp/include']
for f in ['main.cpp', 'src/api/webhook/WebhookWorker.cpp', 'src/api/payments_operations/PaymentCreator.cpp',
          'src/api/payments_operations/OperationState.cpp', 'src/api/payments_operations/PaymentRefund.cpp',
          'src/api/providers/AddPaymentProvider.cpp']:
    E.append((TP, 'PaymentService/' + f, TPF))
write_compile_commands(R, E, CXX)
