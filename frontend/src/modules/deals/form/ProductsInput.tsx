import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney, lineTotal } from '../shared/money';
import { productsTotal, type ProductRow } from './values';

const MAX_ROWS = 50;

type Props = { currency: string; onUseTotal: (total: string) => void };

/** Product lines (name, quantity, unit price) with each line's total and the sum, which may become the amount. */
export function ProductsInput({ currency, onUseTotal }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const rows = Form.useWatch<ProductRow[] | undefined>('products', form);
  const total = productsTotal(rows);
  return (
    <Form.List name="products">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8} data-testid="deal-products">
          {fields.map((field, i) => (
            <Flex key={field.key} gap={8} align="start" wrap data-testid={`product-row-${i}`}>
              <Form.Item
                name={[field.name, 'name']}
                rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 200 }]}
                style={{ flex: '2 1 160px', marginBottom: 0 }}
              >
                <Input placeholder={t('deals.products.name')} aria-label={t('deals.products.name')} data-testid={`product-name-${i}`} />
              </Form.Item>
              <Form.Item name={[field.name, 'quantity']} style={{ flex: '1 1 80px', marginBottom: 0 }}>
                <InputNumber<string>
                  stringMode
                  min="0"
                  placeholder={t('deals.products.quantity')}
                  aria-label={t('deals.products.quantity')}
                  style={{ width: '100%' }}
                  data-testid={`product-quantity-${i}`}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'price']} style={{ flex: '1 1 100px', marginBottom: 0 }}>
                <InputNumber<string>
                  stringMode
                  min="0"
                  precision={2}
                  placeholder={t('deals.products.price')}
                  aria-label={t('deals.products.price')}
                  style={{ width: '100%' }}
                  data-testid={`product-price-${i}`}
                />
              </Form.Item>
              <Typography.Text style={{ flex: '1 1 90px', paddingTop: 5, textAlign: 'right' }} data-testid={`product-total-${i}`}>
                {formatMoney(lineTotal(rows?.[i]?.quantity || '1', rows?.[i]?.price || '0'), currency)}
              </Typography.Text>
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('deals.products.remove')}
                onClick={() => remove(field.name)}
                data-testid={`product-remove-${i}`}
              />
            </Flex>
          ))}
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Button
              icon={<PlusOutlined />}
              disabled={fields.length >= MAX_ROWS}
              onClick={() => add({ name: '', quantity: '1', price: null })}
              data-testid="product-add"
            >
              {t('deals.products.add')}
            </Button>
            {fields.length > 0 && (
              <Flex gap={8} align="center">
                <Typography.Text strong data-testid="products-total">
                  {t('deals.products.total', { total: formatMoney(total, currency) })}
                </Typography.Text>
                <Button size="small" onClick={() => onUseTotal(total)} data-testid="products-use-total">
                  {t('deals.products.useTotal')}
                </Button>
              </Flex>
            )}
          </Flex>
        </Flex>
      )}
    </Form.List>
  );
}
