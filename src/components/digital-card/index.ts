export { DigitalCard, type DigitalCardProps } from './digital-card';
