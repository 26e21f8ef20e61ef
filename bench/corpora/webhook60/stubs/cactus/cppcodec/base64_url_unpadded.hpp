// Hand-written empty stand-in for cppcodec's base64_url_unpadded.hpp: saturn-xiv/cactus's src/gogs.cpp includes it
// but uses nothing from it. cppcodec is an xmake package of the project, not packaged here.
#pragma once
