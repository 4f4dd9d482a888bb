namespace PstoreNano.Text
{
    /// <summary>
    /// UTF-8 encoding into a caller's buffer without allocating (the nanoFramework mscorlib has no
    /// System.Text). Encoding is resumable, so long strings go out in buffer-sized pieces.
    /// </summary>
    internal static class Utf8
    {
        /// <summary>
        /// Encodes characters of <paramref name="text"/> from <paramref name="charIndex"/> into
        /// <paramref name="buffer"/> until the text ends or the next character would not fit.
        /// Returns the number of bytes written and advances <paramref name="charIndex"/>.
        /// Unpaired surrogates become U+FFFD.
        /// </summary>
        public static int Encode(string text, ref int charIndex, byte[] buffer, int offset, int count)
        {
            int at = offset;
            int end = offset + count;
            int length = text.Length;
            int i = charIndex;
            while (i < length)
            {
                int c = text[i];
                int used = 1;
                if (c >= 0xD800 && c <= 0xDFFF)
                {
                    if (c <= 0xDBFF && i + 1 < length && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF)
                    {
                        c = 0x10000 + ((c - 0xD800) << 10) + (text[i + 1] - 0xDC00);
                        used = 2;
                    }
                    else
                    {
                        c = 0xFFFD;
                    }
                }

                if (c < 0x80)
                {
                    if (at + 1 > end) break;
                    buffer[at++] = (byte)c;
                }
                else if (c < 0x800)
                {
                    if (at + 2 > end) break;
                    buffer[at++] = (byte)(0xC0 | (c >> 6));
                    buffer[at++] = (byte)(0x80 | (c & 0x3F));
                }
                else if (c < 0x10000)
                {
                    if (at + 3 > end) break;
                    buffer[at++] = (byte)(0xE0 | (c >> 12));
                    buffer[at++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    buffer[at++] = (byte)(0x80 | (c & 0x3F));
                }
                else
                {
                    if (at + 4 > end) break;
                    buffer[at++] = (byte)(0xF0 | (c >> 18));
                    buffer[at++] = (byte)(0x80 | ((c >> 12) & 0x3F));
                    buffer[at++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    buffer[at++] = (byte)(0x80 | (c & 0x3F));
                }

                i += used;
            }

            charIndex = i;
            return at - offset;
        }

        /// <summary>Number of bytes the UTF-8 form of <paramref name="text"/> takes.</summary>
        public static int ByteCount(string text)
        {
            int n = 0;
            int length = text.Length;
            for (int i = 0; i < length; i++)
            {
                int c = text[i];
                if (c < 0x80) n += 1;
                else if (c < 0x800) n += 2;
                else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < length && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF)
                {
                    n += 4;
                    i++;
                }
                else n += 3;
            }

            return n;
        }

        /// <summary>Decodes UTF-8 bytes into a string (read path only: it allocates).</summary>
        public static string Decode(byte[] buffer, int offset, int count)
        {
            char[] chars = new char[count];
            int n = 0;
            int i = offset;
            int end = offset + count;
            while (i < end)
            {
                int b = buffer[i];
                int cp;
                int len;
                if (b < 0x80) { cp = b; len = 1; }
                else if ((b & 0xE0) == 0xC0) { cp = b & 0x1F; len = 2; }
                else if ((b & 0xF0) == 0xE0) { cp = b & 0x0F; len = 3; }
                else if ((b & 0xF8) == 0xF0) { cp = b & 0x07; len = 4; }
                else { cp = 0xFFFD; len = 1; }

                if (len > 1)
                {
                    if (i + len > end)
                    {
                        cp = 0xFFFD;
                        len = end - i;
                    }
                    else
                    {
                        for (int k = 1; k < len; k++)
                        {
                            int cont = buffer[i + k];
                            if ((cont & 0xC0) != 0x80)
                            {
                                cp = 0xFFFD;
                                len = k;
                                break;
                            }

                            cp = (cp << 6) | (cont & 0x3F);
                        }
                    }
                }

                if (cp >= 0x10000 && cp <= 0x10FFFF)
                {
                    cp -= 0x10000;
                    chars[n++] = (char)(0xD800 + (cp >> 10));
                    chars[n++] = (char)(0xDC00 + (cp & 0x3FF));
                }
                else
                {
                    chars[n++] = (char)(cp > 0x10FFFF ? 0xFFFD : cp);
                }

                i += len;
            }

            return new string(chars, 0, n);
        }
    }
}
