import QRCode from 'qrcode';

/**
 * The QR code of a page's address as inline SVG, labelled for screen readers.
 * The mask pattern is fixed rather than chosen by trying all eight: the choice only shaves a few
 * penalty points off patterns every phone scanner reads anyway, and trying them took most of the
 * time a code costs (docs/performance.md).
 */
export async function shareQrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    margin: 2,
    errorCorrectionLevel: 'M',
    maskPattern: 0,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return svg.replace('<svg ', '<svg role="img" aria-label="本页网址的二维码" class="qr" ');
}
